import { describe, expect, it } from "vitest";
import {
  addMonths,
  currentYear,
  DEFAULT_COUNCIL_SETTINGS,
  internshipCalendar,
  shiftBySuspensions,
  splitPerYear,
} from "./calendar";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const iso = (date: Date) => date.toISOString().slice(0, 10);
const settings = DEFAULT_COUNCIL_SETTINGS;

describe("the internship calendar", () => {
  it("places a three-year stage: years, end, annual sheets 21 days after each change of year, four reports in years 2 and 3", () => {
    const c = internshipCalendar({
      variant: "THREE_YEARS",
      startDate: d("2025-09-01"),
      suspensions: [],
      settings,
    });
    expect(c.years).toBe(3);
    expect(c.yearPeriods.map((p) => [iso(p.start), iso(p.end)])).toEqual([
      ["2025-09-01", "2026-08-31"],
      ["2026-09-01", "2027-08-31"],
      ["2027-09-01", "2028-08-31"],
    ]);
    expect(iso(c.theoreticalEnd)).toBe("2028-08-31");
    expect(c.annualSheetDue.map(iso)).toEqual(["2026-09-22", "2027-09-22", "2028-09-22"]);
    expect(c.reports.map((r) => [r.number, r.year, iso(r.due)])).toEqual([
      [1, 2, "2027-03-01"],
      [2, 2, "2027-09-01"],
      [3, 3, "2028-03-01"],
      [4, 3, "2028-09-01"],
    ]);
    expect(iso(c.reports[0]!.period.start)).toBe("2026-09-01");
    expect(iso(c.reports[0]!.period.end)).toBe("2027-02-28");
  });

  it("gives two-year and one-year variants their own length and reports", () => {
    const two = internshipCalendar({
      variant: "TWO_YEARS",
      startDate: d("2026-01-15"),
      suspensions: [],
      settings,
    });
    expect(iso(two.theoreticalEnd)).toBe("2028-01-14");
    expect(two.reports.map((r) => iso(r.due))).toEqual([
      "2026-07-15",
      "2027-01-15",
      "2027-07-15",
      "2028-01-15",
    ]);
    for (const variant of ["RENEWAL_ONE_YEAR", "CAC_HOLDER_ONE_YEAR"] as const) {
      const one = internshipCalendar({
        variant,
        startDate: d("2026-01-15"),
        suspensions: [],
        settings,
      });
      expect(one.years).toBe(1);
      expect(iso(one.theoreticalEnd)).toBe("2027-01-14");
      expect(one.annualSheetDue.map(iso)).toEqual(["2027-02-05"]);
      expect(one.reports.map((r) => iso(r.due))).toEqual(["2026-07-15", "2027-01-15"]);
    }
  });

  it("moves every due date after a 3-month suspension by 3 months, and none before it", () => {
    const start = d("2025-09-01");
    const plain = internshipCalendar({
      variant: "THREE_YEARS",
      startDate: start,
      suspensions: [],
      settings,
    });
    // 1 December 2026 to 28 February 2027: 90 days, three calendar months.
    const suspended = internshipCalendar({
      variant: "THREE_YEARS",
      startDate: start,
      suspensions: [{ start: d("2026-12-01"), end: d("2027-02-28") }],
      settings,
    });
    // Before the suspension: unchanged.
    expect(iso(suspended.annualSheetDue[0]!)).toBe(iso(plain.annualSheetDue[0]!));
    expect(iso(suspended.yearPeriods[1]!.start)).toBe("2026-09-01");
    // After it: three months later.
    expect(suspended.reports.map((r) => iso(r.due))).toEqual([
      "2027-06-01",
      "2027-12-01",
      "2028-06-01",
      "2028-12-01",
    ]);
    expect(suspended.annualSheetDue.slice(1).map(iso)).toEqual(["2027-12-22", "2028-12-22"]);
    expect(iso(suspended.theoreticalEnd)).toBe("2028-11-30");
  });

  it("adds suspensions one after the other, including one that starts in the time the first added", () => {
    const s1 = { start: d("2026-01-01"), end: d("2026-01-31") };
    const s2 = { start: d("2026-03-01"), end: d("2026-03-10") };
    expect(iso(shiftBySuspensions(d("2026-02-15"), [s2, s1]))).toBe("2026-03-25");
    expect(iso(shiftBySuspensions(d("2026-02-15"), [s1]))).toBe("2026-03-15");
    expect(iso(shiftBySuspensions(d("2026-04-01"), [s1, s2]))).toBe("2026-05-11");
    expect(iso(shiftBySuspensions(d("2025-12-31"), [s1, s2]))).toBe("2025-12-31");
  });

  it("reads a council's report deadlines when it sets them", () => {
    const c = internshipCalendar({
      variant: "THREE_YEARS",
      startDate: d("2025-09-01"),
      suspensions: [],
      settings: { ...settings, reportDueMonths: [16, 22, 28, 34], annualSheetDelayDays: 30 },
    });
    expect(c.reports.map((r) => iso(r.due))).toEqual([
      "2027-01-01",
      "2027-07-01",
      "2028-01-01",
      "2028-07-01",
    ]);
    expect(iso(c.annualSheetDue[0]!)).toBe("2026-10-01");
  });

  it("knows the current year, and month ends", () => {
    const c = internshipCalendar({
      variant: "THREE_YEARS",
      startDate: d("2025-09-01"),
      suspensions: [],
      settings,
    });
    expect(currentYear(c, d("2026-12-06"))).toBe(2);
    expect(currentYear(c, d("2025-01-01"))).toBe(1);
    expect(currentYear(c, d("2030-01-01"))).toBe(3);
    expect(iso(addMonths(d("2026-01-31"), 1))).toBe("2026-02-28");
  });

  it("splits training totals per year", () => {
    expect(splitPerYear(23, 3)).toEqual([8, 8, 7]);
    expect(splitPerYear(105, 3)).toEqual([35, 35, 35]);
    expect(splitPerYear(23, 2)).toEqual([8, 7]);
    expect(splitPerYear(23, 1)).toEqual([8]);
  });
});
