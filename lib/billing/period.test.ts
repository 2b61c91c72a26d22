import { describe, expect, it } from "vitest";
import { dayPeriod, exportPeriod, monthOf, monthPeriod, statementPeriod } from "./period";

describe("monthPeriod", () => {
  it("spans the Paris month, across the change to winter time", () => {
    const october = monthPeriod("2026-10")!;
    expect(october.from.toISOString()).toBe("2026-09-30T22:00:00.000Z");
    expect(october.to.toISOString()).toBe("2026-10-31T23:00:00.000Z");
    expect(october.label).toBe("octobre 2026");
    expect(monthPeriod("2026-12")!.to.toISOString()).toBe("2026-12-31T23:00:00.000Z");
  });

  it("refuses anything else", () => {
    for (const bad of [null, "", "2026-13", "2026-00", "26-11", "2026-11-01", "1999-01", "x"]) {
      expect(monthPeriod(bad)).toBeNull();
    }
  });
});

describe("dayPeriod", () => {
  it("includes both days", () => {
    const year = dayPeriod("2026-01-01", "2026-12-31")!;
    expect(year.from.toISOString()).toBe("2025-12-31T23:00:00.000Z");
    expect(year.to.toISOString()).toBe("2026-12-31T23:00:00.000Z");
    expect(year.label).toBe("du 01/01/2026 au 31/12/2026");
    expect(dayPeriod("2026-03-10", "2026-03-10")!.label).toBe("du 10/03/2026 au 10/03/2026");
  });

  it("refuses malformed, impossible, reversed and over-long periods", () => {
    expect(dayPeriod("2026-02-30", "2026-03-01")).toBeNull();
    expect(dayPeriod("2026-03-01", "2026-02-01")).toBeNull();
    expect(dayPeriod("2024-01-01", "2026-01-01")).toBeNull();
    expect(dayPeriod(null, "2026-01-01")).toBeNull();
    expect(dayPeriod("01/01/2026", "2026-01-31")).toBeNull();
  });
});

describe("monthOf", () => {
  it("reads the Paris month", () => {
    expect(monthOf(new Date("2026-10-31T23:30:00Z"))).toBe("2026-11");
  });
});

describe("exportPeriod and statementPeriod", () => {
  const now = new Date("2026-11-28T10:00:00Z");
  it("default to the year to date and the current month", () => {
    expect(exportPeriod(null, null, now)!.label).toBe("du 01/01/2026 au 28/11/2026");
    expect(statementPeriod(null, now)!.label).toBe("novembre 2026");
  });
  it("refuse a malformed value given", () => {
    expect(exportPeriod("x", null, now)).toBeNull();
    expect(statementPeriod("2026-1", now)).toBeNull();
  });
});
