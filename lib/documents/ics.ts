import ical, {
  escape,
  foldLines,
  ICalCalendarMethod,
  ICalEventStatus,
  ICalEventTransparency,
  type ICalCalendar,
} from "ical-generator";
import { PARIS } from "@/lib/dates/paris";
import { parisDateTime, vtimezoneFor } from "./paris-vtimezone";

/**
 * iCalendar files (RFC 5545) through ical-generator: one session's slots for
 * "Ajouter à mon agenda", and any list of events for a subscription feed.
 * Times are written in Europe/Paris with its VTIMEZONE, stamps in UTC.
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

export type CalendarOptions = {
  now: Date;
  name?: string;
  /** For a subscription feed: how often calendar applications should fetch it again, in seconds. */
  refreshSeconds?: number;
};

const STATUS = {
  CONFIRMED: ICalEventStatus.CONFIRMED,
  TENTATIVE: ICalEventStatus.TENTATIVE,
  CANCELLED: ICalEventStatus.CANCELLED,
} as const;

// Control characters have no place in a TEXT value (line breaks apart, which are escaped).
const withoutControlCharacters = (value: string) =>
  value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "");

/** TEXT values (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks are escaped. */
export function escapeText(value: string): string {
  return escape(withoutControlCharacters(value), false);
}

/** Folds content lines at 75 octets (RFC 5545 3.1) without cutting a multi-byte character. */
export const foldLine: (line: string) => string = foldLines;

// URL is a URI value, not TEXT: only what a URI may hold is written.
const isWebUrl = (url: string) => /^https?:\/\/[^\s"<>\\]+$/.test(url);

/** A calendar of many events (one session's slots, or a trainer's feed of sessions). */
export function createCalendar(
  events: readonly CalendarEvent[],
  options: CalendarOptions,
): ICalCalendar {
  const calendar = ical({
    prodId: "//Parcours//Sessions de formation//FR",
    method: ICalCalendarMethod.PUBLISH,
    scale: "GREGORIAN",
    // Only the generator, no calendar-wide name: ical-generator would then write
    // DTSTAMP and LAST-MODIFIED as Paris local times, where RFC 5545 wants UTC.
    timezone: { name: null, generator: vtimezoneFor },
    // ical-generator writes the name as is: it is escaped here.
    name: options.name ? escapeText(options.name) : null,
    ttl: options.refreshSeconds ?? null,
    x: [["X-WR-TIMEZONE", PARIS]],
  });
  for (const event of events) {
    calendar.createEvent({
      // UID is TEXT too, and ical-generator writes it as given.
      id: escapeText(event.uid),
      stamp: options.now,
      start: parisDateTime(event.start),
      end: parisDateTime(event.end),
      timezone: PARIS,
      summary: withoutControlCharacters(event.summary),
      location: event.location ? withoutControlCharacters(event.location) : null,
      description: event.description ? withoutControlCharacters(event.description) : null,
      url: event.url && isWebUrl(event.url) ? event.url : null,
      status: event.status ? STATUS[event.status] : null,
      lastModified: event.lastModified ?? null,
      transparency: ICalEventTransparency.OPAQUE,
    });
  }
  return calendar;
}

/** The calendar file's text: CRLF line ends, folded lines. */
export function buildCalendar(events: readonly CalendarEvent[], options: CalendarOptions): string {
  return createCalendar(events, options).toString() + "\r\n";
}
