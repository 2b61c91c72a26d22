import { addDays, parisDay, parisParts, parisTime } from "../../lib/dates/paris";

/**
 * Every date of the demo is placed relative to `now`, so that "upcoming" stays
 * upcoming and "ended" stays ended whatever day the seed runs. Days are DATE
 * values (midnight UTC meaning a Paris calendar day, as SessionSlot.date
 * stores them); instants come from Paris wall-clock times so that 9h00 reads
 * 9h00 in summer and in winter.
 */
export type Day = Date;

const MINUTE = 60_000;
const FIXED_HOLIDAYS = new Set([
  "01-01",
  "05-01",
  "05-08",
  "07-14",
  "08-15",
  "11-01",
  "11-11",
  "12-25",
]);
const DAY = 86_400_000;

export class Clock {
  readonly now: Date;
  readonly today: Day;

  constructor(now: Date) {
    this.now = now;
    this.today = parisDay(now);
  }

  /** The Paris day `offset` days from today. */
  day(offset: number): Day {
    return addDays(this.today, offset);
  }

  /** The instant of a Paris wall-clock time on a day. */
  at(day: Day, hour: number, minute = 0): Date {
    return parisTime(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate(), hour, minute);
  }

  /** ISO weekday: 1 = Monday ... 7 = Sunday. */
  weekday(day: Day): number {
    return ((day.getUTCDay() + 6) % 7) + 1;
  }

  /** Weekdays other than the fixed French public holidays (nobody trains on 1 May). */
  isWorkingDay(day: Day): boolean {
    return this.weekday(day) <= 5 && !FIXED_HOLIDAYS.has(day.toISOString().slice(5, 10));
  }

  /** First day on or after `from` with the given ISO weekday. */
  onOrAfter(from: Day, weekday: number): Day {
    return addDays(from, (weekday - this.weekday(from) + 7) % 7);
  }

  /** Moves a weekend day to the next Monday. */
  workingDayOnOrAfter(day: Day): Day {
    let d = day;
    while (!this.isWorkingDay(d)) d = addDays(d, 1);
    return d;
  }

  workingDayOnOrBefore(day: Day): Day {
    let d = day;
    while (!this.isWorkingDay(d)) d = addDays(d, -1);
    return d;
  }

  /** `count` consecutive working days starting on `first` (itself moved off a weekend). */
  workingDays(first: Day, count: number): Day[] {
    const days: Day[] = [];
    let d = this.workingDayOnOrAfter(first);
    while (days.length < count) {
      if (this.isWorkingDay(d)) days.push(d);
      d = addDays(d, 1);
    }
    return days;
  }

  yearOf(instant: Date): number {
    return parisParts(instant).year;
  }

  /** Keeps a past event in the past: timestamps after `now` would be lies. */
  notAfterNow(instant: Date, marginMinutes = 5): Date {
    const limit = this.now.getTime() - marginMinutes * MINUTE;
    return instant.getTime() > limit ? new Date(limit) : instant;
  }

  isPast(instant: Date): boolean {
    return instant.getTime() <= this.now.getTime();
  }
}

export function addMinutes(instant: Date, minutes: number): Date {
  return new Date(instant.getTime() + minutes * MINUTE);
}

export function addHours(instant: Date, hours: number): Date {
  return addMinutes(instant, hours * 60);
}

export function addDaysTo(instant: Date, days: number): Date {
  return new Date(instant.getTime() + days * DAY);
}

export function earliest(...instants: Date[]): Date {
  return new Date(Math.min(...instants.map((d) => d.getTime())));
}

export function latest(...instants: Date[]): Date {
  return new Date(Math.max(...instants.map((d) => d.getTime())));
}

/** A point between two instants at `fraction` (0..1); `from` when the range is empty. */
export function between(from: Date, to: Date, fraction: number): Date {
  const span = to.getTime() - from.getTime();
  return span <= 0 ? from : new Date(from.getTime() + Math.floor(span * fraction));
}
