import { describe, expect, it } from "vitest";
import {
  formatCalendarDay,
  formatDate,
  formatHour,
  isoWeekLabel,
  parisDay,
  parisTime,
  parisWeekMonday,
} from "./paris";

describe("Paris dates", () => {
  it("formats as dd/mm/yyyy in Paris time, whatever the instant's UTC day", () => {
    // 23:30 UTC on 31 December is already 1 January in Paris.
    expect(formatDate(new Date("2025-12-31T23:30:00Z"))).toBe("01/01/2026");
  });

  it("converts Paris wall-clock times in winter (UTC+1) and summer (UTC+2)", () => {
    expect(parisTime(2026, 1, 15, 9, 0).toISOString()).toBe("2026-01-15T08:00:00.000Z");
    expect(parisTime(2026, 7, 15, 9, 0).toISOString()).toBe("2026-07-15T07:00:00.000Z");
  });

  it("handles the days the clocks change", () => {
    // 29 March 2026: 2:00 becomes 3:00; 25 October 2026: 3:00 becomes 2:00.
    expect(parisTime(2026, 3, 29, 9, 0).toISOString()).toBe("2026-03-29T07:00:00.000Z");
    expect(parisTime(2026, 10, 25, 9, 0).toISOString()).toBe("2026-10-25T08:00:00.000Z");
  });

  it("prints hours the French way", () => {
    expect(formatHour(parisTime(2026, 4, 11, 9, 0))).toBe("9h00");
    expect(formatHour(parisTime(2026, 4, 11, 14, 30))).toBe("14h30");
  });

  it("keeps calendar days as the Paris day", () => {
    const day = parisDay(new Date("2026-06-30T22:30:00Z"));
    expect(formatCalendarDay(day)).toBe("01/07/2026");
  });
});

describe("Paris weeks", () => {
  it("finds the Monday of the Paris week, Sunday night in Paris included", () => {
    // Sunday 6 December 2026, 23:30 in Paris (22:30 UTC): still that week.
    expect(parisWeekMonday(parisTime(2026, 12, 6, 23, 30))).toEqual(
      new Date(Date.UTC(2026, 10, 30)),
    );
    // Monday 7 December, 00:30 in Paris (Sunday 23:30 UTC): the next week.
    expect(parisWeekMonday(parisTime(2026, 12, 7, 0, 30))).toEqual(new Date(Date.UTC(2026, 11, 7)));
  });

  it("names ISO weeks, across the turn of the year", () => {
    expect(isoWeekLabel(new Date(Date.UTC(2026, 11, 7)))).toBe("2026-W50");
    // Monday 29 December 2025 belongs to week 1 of 2026 (its Thursday is 1 January 2026).
    expect(isoWeekLabel(new Date(Date.UTC(2025, 11, 29)))).toBe("2026-W01");
    // Friday 1 January 2027 belongs to week 53 of 2026.
    expect(isoWeekLabel(new Date(Date.UTC(2027, 0, 1)))).toBe("2026-W53");
    expect(isoWeekLabel(new Date(Date.UTC(2027, 0, 4)))).toBe("2027-W01");
  });
});
