import { describe, expect, it } from "vitest";
import { formatCalendarDay, formatDate, formatHour, parisDay, parisTime } from "./paris";

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
