/**
 * Dates as the users read them: dd/mm/yyyy, Europe/Paris time, whatever the
 * server's own time zone. Storage is UTC (timestamptz); calendar days of slots
 * are stored as DATE values that mean the Paris day.
 */
export const PARIS = "Europe/Paris";

const dateFormat = new Intl.DateTimeFormat("fr-FR", {
  timeZone: PARIS,
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
});
const partsFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: PARIS,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

/** "24/03/2023" */
export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

/** A DATE column (midnight UTC of the Paris day) as "24/03/2023". */
export function formatCalendarDay(day: Date): string {
  const iso = day.toISOString().slice(0, 10);
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}

/** "9h00", "14h30" in Paris time. */
export function formatHour(date: Date): string {
  const { hour, minute } = parisParts(date);
  return `${hour}h${String(minute).padStart(2, "0")}`;
}

/** "24/03/2023 à 9h00" */
export function formatDateTime(date: Date): string {
  return `${formatDate(date)} à ${formatHour(date)}`;
}

export type ParisParts = {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
};

export function parisParts(date: Date): ParisParts {
  const parts = Object.fromEntries(partsFormat.formatToParts(date).map((p) => [p.type, p.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** The UTC instant of a Paris wall-clock time (handles summer/winter time). */
export function parisTime(year: number, month: number, day: number, hour = 0, minute = 0): Date {
  const guess = Date.UTC(year, month - 1, day, hour, minute);
  // The offset at the guessed instant; correct once more around the DST switch.
  let instant = guess - offsetMinutes(new Date(guess)) * 60_000;
  instant = guess - offsetMinutes(new Date(instant)) * 60_000;
  return new Date(instant);
}

function offsetMinutes(date: Date): number {
  const p = parisParts(date);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60_000);
}

/** The Paris calendar day of an instant, as a DATE value (midnight UTC). */
export function parisDay(date: Date): Date {
  const p = parisParts(date);
  return new Date(Date.UTC(p.year, p.month - 1, p.day));
}

/** Adds whole calendar days to a DATE value. */
export function addDays(day: Date, days: number): Date {
  return new Date(day.getTime() + days * 86_400_000);
}

/** The Paris calendar year of an instant. */
export function parisYear(date: Date): number {
  return parisParts(date).year;
}

/** The Monday (a DATE value) of the Paris week an instant falls in. */
export function parisWeekMonday(date: Date): Date {
  const day = parisDay(date);
  return addDays(day, -((day.getUTCDay() + 6) % 7));
}

/** The ISO 8601 week of a DATE value, "2026-W49" (the year is that of the week's Thursday). */
export function isoWeekLabel(day: Date): string {
  const thursday = addDays(day, 3 - ((day.getUTCDay() + 6) % 7));
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 / 7) + 1;
  return `${year}-W${String(week).padStart(2, "0")}`;
}
