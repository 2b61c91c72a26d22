import { describe, expect, it } from "vitest";
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
