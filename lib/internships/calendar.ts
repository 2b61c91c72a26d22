import type { InternshipVariant } from "@/lib/db/generated/enums";

/**
 * The internship's calendar, computed (never stored) from its start, its
 * variant, its suspensions and its council's settings. Days are DATE values
 * (midnight UTC meaning a Paris calendar day), as the schema stores them.
 */
export type CouncilSettings = {
  annualSheetDelayDays: number;
  /** Months after the start at which reports 1-4 are due; empty: the default. */
  reportDueMonths: readonly number[];
  trainingDaysTotal: number;
  elearningHoursTotal: number;
  amlDayYear: number;
  penaltyMonths: number;
};

/** The council's columns that hold its settings. */
export const councilSettingsSelect = {
  annualSheetDelayDays: true,
  reportDueMonths: true,
  trainingDaysTotal: true,
  elearningHoursTotal: true,
  amlDayYear: true,
  penaltyMonths: true,
} as const;

export const DEFAULT_COUNCIL_SETTINGS: CouncilSettings = {
  annualSheetDelayDays: 21,
  reportDueMonths: [],
  trainingDaysTotal: 23,
  elearningHoursTotal: 105,
  amlDayYear: 2,
  penaltyMonths: 2,
};

export type Period = { start: Date; end: Date };

export const VARIANT_MONTHS: Record<InternshipVariant, number> = {
  THREE_YEARS: 36,
  TWO_YEARS: 24,
  RENEWAL_ONE_YEAR: 12,
  CAC_HOLDER_ONE_YEAR: 12,
};

const DAY = 86_400_000;

export function addDays(day: Date, days: number): Date {
  return new Date(day.getTime() + days * DAY);
}

/** Same day of the month, n months later (the 31st falls back to the month's last day). */
export function addMonths(day: Date, months: number): Date {
  const y = day.getUTCFullYear();
  const m = day.getUTCMonth() + months;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(day.getUTCDate(), last)));
}

/**
 * Length of a suspension as whole months plus days, both ends included: from
 * 1 December to 28 February is 3 months, and moves a date by 3 calendar months
 * (not by 90 days, which would land two days short).
 */
export function suspensionLength(s: Period): { months: number; days: number } {
  const after = addDays(s.end, 1);
  let months = 0;
  while (addMonths(s.start, months + 1).getTime() <= after.getTime()) months++;
  const days = Math.round((after.getTime() - addMonths(s.start, months).getTime()) / DAY);
  return { months, days };
}

/**
 * A date of the nominal calendar moved by every suspension that starts on or
 * before it: a suspension of 3 months moves every later due date by 3 months.
 * Suspensions are taken in order, so that one starting during the time added
 * by an earlier one still counts.
 */
export function shiftBySuspensions(nominal: Date, suspensions: readonly Period[]): Date {
  let date = nominal;
  for (const s of [...suspensions].sort((a, b) => a.start.getTime() - b.start.getTime())) {
    if (s.start.getTime() > date.getTime()) continue;
    const { months, days } = suspensionLength(s);
    date = addDays(addMonths(date, months), days);
  }
  return date;
}

export type InternshipCalendarInput = {
  variant: InternshipVariant;
  startDate: Date;
  suspensions: readonly Period[];
  settings: CouncilSettings;
  /**
   * Months added to the end: documents recorded late (the council's penalty,
   * règlement art. 547) and months voided by the comité. They move the
   * theoretical end only; the due dates stay where the texts put them.
   */
  addedMonths?: number;
};

export type InternshipCalendar = {
  years: number;
  /** Each year of the stage, suspensions included. */
  yearPeriods: Period[];
  theoreticalEnd: Date;
  /** Due date of each annual sheet, per year (index 0: year 1). */
  annualSheetDue: Date[];
  reports: { number: number; year: number; period: Period; due: Date }[];
};

/**
 * Reports per variant [our design]: the texts ask four reports in years 2
 * and 3 of a three-year stage, one per semester. A two-year stage gives them
 * over its two years, a one-year stage two (one per semester). A council's
 * override (months after the start) applies to three-year stages.
 */
function reportMonths(variant: InternshipVariant, settings: CouncilSettings): number[] {
  if (variant === "THREE_YEARS") {
    return settings.reportDueMonths.length === 4 ? [...settings.reportDueMonths] : [18, 24, 30, 36];
  }
  if (variant === "TWO_YEARS") return [6, 12, 18, 24];
  return [6, 12];
}

export function internshipCalendar(input: InternshipCalendarInput): InternshipCalendar {
  const { variant, startDate, suspensions, settings, addedMonths = 0 } = input;
  const months = VARIANT_MONTHS[variant];
  const years = months / 12;
  const at = (m: number) => shiftBySuspensions(addMonths(startDate, m), suspensions);
  const yearPeriods = Array.from({ length: years }, (_, i) => ({
    start: i === 0 ? startDate : at(12 * i),
    end: addDays(at(12 * (i + 1)), -1),
  }));
  const annualSheetDue = yearPeriods.map((_, i) =>
    addDays(at(12 * (i + 1)), settings.annualSheetDelayDays),
  );
  const reports = reportMonths(variant, settings).map((m, i) => ({
    number: i + 1,
    year: Math.min(years, Math.max(1, Math.ceil(m / 12))),
    period: { start: at(Math.max(0, m - 6)), end: addDays(at(m), -1) },
    due: at(m),
  }));
  return {
    years,
    yearPeriods,
    theoreticalEnd: addDays(addMonths(at(months), addedMonths), -1),
    annualSheetDue,
    reports,
  };
}

/** The year of the stage a day falls in (1-based), or null outside the stage. */
export function yearOf(
  calendar: Pick<InternshipCalendar, "yearPeriods">,
  day: Date,
): number | null {
  const t = day.getTime();
  const i = calendar.yearPeriods.findIndex((p) => p.start.getTime() <= t && t <= p.end.getTime());
  return i === -1 ? null : i + 1;
}

/** The year of the stage today; before the start, 1; after the end, the last. */
export function currentYear(calendar: InternshipCalendar, today: Date): number {
  const found = yearOf(calendar, today);
  if (found) return found;
  return today.getTime() < calendar.yearPeriods[0]!.start.getTime() ? 1 : calendar.years;
}

/** A total split over the years of a stage, pro rata of three years, the remainder to the first years. */
export function splitPerYear(totalForThreeYears: number, years: number): number[] {
  const total = Math.round((totalForThreeYears * years) / 3);
  const base = Math.floor(total / years);
  return Array.from({ length: years }, (_, i) => base + (i < total - base * years ? 1 : 0));
}
