import { describe, expect, it } from "vitest";
import { elearningAccess } from "./elearning-access";
import { isMaterialOpen, materialWindow } from "./material-window";
import { joinWindow } from "./virtual-class";

const at = (iso: string) => new Date(iso);

describe("virtual class join window", () => {
  const slots = [
    { id: "s2", startsAt: at("2026-04-12T07:00:00Z"), endsAt: at("2026-04-12T10:00:00Z") },
    { id: "s1", startsAt: at("2026-04-11T07:00:00Z"), endsAt: at("2026-04-11T10:00:00Z") },
  ];

  it("is closed until 15 minutes before the next slot", () => {
    expect(joinWindow(slots, at("2026-04-11T06:44:59Z"))).toEqual({
      state: "later",
      slotId: "s1",
      opensAt: at("2026-04-11T06:45:00Z"),
    });
  });

  it("opens 15 minutes before and stays open until the slot's end", () => {
    expect(joinWindow(slots, at("2026-04-11T06:45:00Z"))).toMatchObject({
      state: "open",
      slotId: "s1",
    });
    expect(joinWindow(slots, at("2026-04-11T10:00:00Z"))).toMatchObject({
      state: "open",
      slotId: "s1",
    });
  });

  it("points to the next slot between two slots, and is over after the last", () => {
    expect(joinWindow(slots, at("2026-04-11T12:00:00Z"))).toMatchObject({
      state: "later",
      slotId: "s2",
    });
    expect(joinWindow(slots, at("2026-04-12T10:00:01Z"))).toEqual({ state: "over" });
  });
});

describe("e-learning access", () => {
  it("waits for the payment", () => {
    expect(
      elearningAccess({ accessStartsAt: null, accessDays: 90 }, at("2026-04-01T00:00:00Z")),
    ).toEqual({
      state: "awaiting-payment",
      days: 90,
    });
  });

  it("lasts the access length from its opening", () => {
    const input = { accessStartsAt: at("2023-03-24T08:00:00Z"), accessDays: 90 };
    const open = elearningAccess(input, at("2023-04-01T00:00:00Z"));
    expect(open).toMatchObject({ state: "open", closesAt: at("2023-06-22T08:00:00Z") });
    expect(elearningAccess(input, at("2023-06-22T08:00:01Z")).state).toBe("expired");
    expect(elearningAccess(input, at("2023-03-24T07:59:59Z")).state).toBe("not-yet-open");
  });
});

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
