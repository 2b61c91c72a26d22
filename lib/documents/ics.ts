import { PARIS, parisParts } from "@/lib/dates/paris";

/**
 * iCalendar files (RFC 5545), written by hand: what "Ajouter à mon agenda"
 * needs is small, and the details that calendar applications are strict about
 * (CRLF line ends, folding at 75 octets, TEXT escaping, a VTIMEZONE for every
 * TZID used) are easier to prove here than to configure in a library.
 */
export type CalendarEvent = {
  /** Stable across downloads, so that importing again updates the event instead of duplicating it. */
  uid: string;
  start: Date;
  end: Date;
  summary: string;
  location?: string | null;
  description?: string | null;
  url?: string | null;
  status?: "CONFIRMED" | "TENTATIVE" | "CANCELLED";
  lastModified?: Date | null;
};

const CRLF = "\r\n";

/**
 * Europe/Paris since 1996 (EU summer time: last Sunday of March 02:00 to last
 * Sunday of October 03:00), the definition most calendar servers publish.
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
];

/** TEXT values (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks are escaped. */
export function escapeText(value: string): string {
  return (
    value
      // Control characters have no place in a TEXT value (only line breaks, escaped below).
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "")
      .replace(/\\/g, "\\\\")
      .replace(/;/g, "\\;")
      .replace(/,/g, "\\,")
      .replace(/\r\n|\r|\n/g, "\\n")
  );
}

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * Folds a content line at 75 octets (RFC 5545 3.1): continuation lines start
 * with one space, which counts; a multi-byte character is never cut.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let size = 0;
  let limit = 75;
  for (const char of line) {
    const n = utf8Length(char.codePointAt(0)!);
    if (size + n > limit) {
      parts.push(current);
      current = "";
      size = 0;
      limit = 74;
    }
    current += char;
    size += n;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** "20260312T083000Z" */
export function utcStamp(date: Date): string {
  return (
    `${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}` +
    `T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`
  );
}

/** "20260312T093000", the Paris wall-clock time for a TZID=Europe/Paris value. */
export function parisStamp(date: Date): string {
  const p = parisParts(date);
  return `${p.year}${pad(p.month)}${pad(p.day)}T${pad(p.hour)}${pad(p.minute)}${pad(p.second)}`;
}

function eventLines(event: CalendarEvent, now: Date): string[] {
  const lines = [
    "BEGIN:VEVENT",
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${utcStamp(now)}`,
    `DTSTART;TZID=${PARIS}:${parisStamp(event.start)}`,
    `DTEND;TZID=${PARIS}:${parisStamp(event.end)}`,
    `SUMMARY:${escapeText(event.summary)}`,
  ];
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  // URL is a URI value, not TEXT: no escaping, only what a URI may hold.
  if (event.url && /^https?:\/\/[^\s"<>\\]+$/.test(event.url)) lines.push(`URL:${event.url}`);
  if (event.status) lines.push(`STATUS:${event.status}`);
  if (event.lastModified) lines.push(`LAST-MODIFIED:${utcStamp(event.lastModified)}`);
  lines.push("TRANSP:OPAQUE", "END:VEVENT");
  return lines;
}

export function buildCalendar(
  events: readonly CalendarEvent[],
  options: { now: Date; name?: string },
): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Parcours//Sessions de formation//FR",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
  ];
  if (options.name) lines.push(`X-WR-CALNAME:${escapeText(options.name)}`);
  lines.push(`X-WR-TIMEZONE:${PARIS}`, ...PARIS_VTIMEZONE);
  for (const event of events) lines.push(...eventLines(event, options.now));
  lines.push("END:VCALENDAR");
  return lines.map(foldLine).join(CRLF) + CRLF;
}
