import { PARIS, parisParts } from "@/lib/dates/paris";
import type { ICalDayJsStub } from "ical-generator";

/**
 * Europe/Paris since 1996 (EU summer time: last Sunday of March 02:00 to last
 * Sunday of October 03:00), the definition most calendar servers publish.
 * ical-generator has no time zone database: this is its VTIMEZONE generator
 * (`calendar.timezone({ name, generator })`), and the one zone our events use.
 */
const PARIS_VTIMEZONE = [
  "BEGIN:VTIMEZONE",
  `TZID:${PARIS}`,
  `X-LIC-LOCATION:${PARIS}`,
  "BEGIN:DAYLIGHT",
  "TZNAME:CEST",
  "TZOFFSETFROM:+0100",
  "TZOFFSETTO:+0200",
  "DTSTART:19700329T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
  "END:DAYLIGHT",
  "BEGIN:STANDARD",
  "TZNAME:CET",
  "TZOFFSETFROM:+0200",
  "TZOFFSETTO:+0100",
  "DTSTART:19701025T030000",
  "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
  "END:STANDARD",
  "END:VTIMEZONE",
].join("\r\n");

export function vtimezoneFor(timezone: string): string | null {
  return timezone === PARIS ? PARIS_VTIMEZONE : null;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/**
 * An instant that ical-generator writes as Paris wall-clock time
 * (`DTSTART;TZID=Europe/Paris:20260320T090000`). A plain Date would be written
 * in the server's own time zone; ical-generator formats any other date object
 * through this small interface (its "dayjs" shape), and asks only for the
 * date and the time of day.
 */
export function parisDateTime(date: Date): ICalDayJsStub {
  const p = parisParts(date);
  const tokens: Record<string, string> = {
    YYYY: pad(p.year, 4),
    MM: pad(p.month),
    DD: pad(p.day),
    HH: pad(p.hour),
    mm: pad(p.minute),
    ss: pad(p.second),
  };
  const stub: ICalDayJsStub = {
    format: (format = "YYYY-MM-DDTHH:mm:ss") =>
      format.replace(/YYYY|MM|DD|HH|mm|ss/g, (token) => tokens[token]!),
    isValid: () => !Number.isNaN(date.getTime()),
    toDate: () => new Date(date),
    toJSON: () => date.toISOString(),
    tz: (zone) => {
      if (zone !== undefined && zone !== PARIS) throw new Error(`Unsupported time zone: ${zone}`);
      return stub;
    },
  };
  return stub;
}
