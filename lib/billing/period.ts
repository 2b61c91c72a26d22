import { parisParts, parisTime } from "@/lib/dates/paris";

/** A span of Paris calendar days, [from, to) as instants. */
export type Period = { from: Date; to: Date; label: string };

const MONTHS = [
  "janvier",
  "février",
  "mars",
  "avril",
  "mai",
  "juin",
  "juillet",
  "août",
  "septembre",
  "octobre",
  "novembre",
  "décembre",
];

/** Periods longer than this are refused: an export is for one accounting year or so. */
const MAX_DAYS = 400;

function parseDay(text: string): { year: number; month: number; day: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (year < 2000 || year > 2100 || probe.getUTCMonth() !== month - 1) return null;
  return { year, month, day };
}

const pad = (n: number) => String(n).padStart(2, "0");

/** "2026-11" as the month of November 2026 in Paris; null for anything else. */
export function monthPeriod(text: string | null): Period | null {
  const match = /^(\d{4})-(\d{2})$/.exec(text ?? "");
  if (!match) return null;
  const [year, month] = [Number(match[1]), Number(match[2])];
  if (year < 2000 || year > 2100 || month < 1 || month > 12) return null;
  return {
    from: parisTime(year, month, 1),
    to: month === 12 ? parisTime(year + 1, 1, 1) : parisTime(year, month + 1, 1),
    label: `${MONTHS[month - 1]} ${year}`,
  };
}

/** "2026-01-01" to "2026-12-31", both days included; null when malformed, reversed or too long. */
export function dayPeriod(fromText: string | null, toText: string | null): Period | null {
  const first = parseDay(fromText ?? "");
  const last = parseDay(toText ?? "");
  if (!first || !last) return null;
  const from = parisTime(first.year, first.month, first.day);
  const lastStart = parisTime(last.year, last.month, last.day);
  const days = (lastStart.getTime() - from.getTime()) / 86_400_000;
  if (days < 0 || days > MAX_DAYS) return null;
  const next = new Date(Date.UTC(last.year, last.month - 1, last.day + 1));
  return {
    from,
    to: parisTime(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()),
    label: `du ${pad(first.day)}/${pad(first.month)}/${first.year} au ${pad(last.day)}/${pad(last.month)}/${last.year}`,
  };
}

/** "2026-11" for the Paris month of an instant (the statement form's default). */
export function monthOf(date: Date): string {
  const { year, month } = parisParts(date);
  return `${year}-${pad(month)}`;
}

/** "2026-11-28" for the Paris day of an instant (the export form's default). */
export function dayOf(date: Date): string {
  const { year, month, day } = parisParts(date);
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The export's period: ?du= and ?au= when given, else the year to date (Paris). */
export function exportPeriod(from: string | null, to: string | null, now: Date): Period | null {
  const today = dayOf(now);
  return dayPeriod(from ?? `${today.slice(0, 4)}-01-01`, to ?? today);
}

/** The statement's month: ?mois= when given, else the current month (Paris). */
export function statementPeriod(month: string | null, now: Date): Period | null {
  return monthPeriod(month ?? monthOf(now));
}
