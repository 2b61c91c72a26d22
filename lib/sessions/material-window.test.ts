import { describe, expect, it } from "vitest";
import { isMaterialOpen, materialWindow } from "./material-window";

const at = (iso: string) => new Date(iso);

describe("training material availability", () => {
  const ctx = {
    confirmedAt: at("2026-03-01T10:00:00Z"),
    sessionStartsAt: at("2026-04-11T07:00:00Z"),
    sessionEndsAt: at("2026-04-12T10:00:00Z"),
  };

  it("BEFORE opens at confirmation, and not at all while the registration is not confirmed", () => {
    const rule = { phase: "BEFORE" as const, availableForDays: null, availableUntil: null };
    expect(isMaterialOpen(materialWindow(rule, ctx), at("2026-03-01T10:00:00Z"))).toBe(true);
    expect(
      isMaterialOpen(
        materialWindow(rule, { ...ctx, confirmedAt: null }),
        at("2026-04-11T08:00:00Z"),
      ),
    ).toBe(false);
  });

  it("DURING opens at the start; AFTER at the end", () => {
    const during = materialWindow(
      { phase: "DURING", availableForDays: null, availableUntil: null },
      ctx,
    );
    expect(isMaterialOpen(during, at("2026-04-11T06:59:59Z"))).toBe(false);
    expect(isMaterialOpen(during, at("2026-04-11T07:00:00Z"))).toBe(true);
    const after = materialWindow(
      { phase: "AFTER", availableForDays: null, availableUntil: null },
      ctx,
    );
    expect(isMaterialOpen(after, at("2026-04-12T09:00:00Z"))).toBe(false);
    expect(isMaterialOpen(after, at("2030-01-01T00:00:00Z"))).toBe(true);
  });

  it("closes after a number of days or at a date", () => {
    const days = materialWindow(
      { phase: "AFTER", availableForDays: 30, availableUntil: null },
      ctx,
    );
    expect(days.closesAt).toEqual(at("2026-05-12T10:00:00Z"));
    expect(isMaterialOpen(days, at("2026-05-12T10:00:01Z"))).toBe(false);
    const until = materialWindow(
      { phase: "DURING", availableForDays: null, availableUntil: at("2034-08-27T00:00:00Z") },
      ctx,
    );
    expect(until.closesAt).toEqual(at("2034-08-27T00:00:00Z"));
  });
});
