import { describe, expect, it } from "vitest";
import {
  canCountersign,
  countsAsPresent,
  isFrozen,
  isSelfSignOpen,
  markProblem,
  sheetToOpen,
} from "./sheet-rules";

const slot = {
  startsAt: new Date("2026-12-07T08:00:00.000Z"),
  endsAt: new Date("2026-12-07T11:00:00.000Z"),
};
const min = (m: number) => new Date(slot.startsAt.getTime() + m * 60_000);

describe("self-signing window", () => {
  it("opens 15 minutes before the slot and closes at its end", () => {
    expect(isSelfSignOpen(slot, min(-16))).toBe(false);
    expect(isSelfSignOpen(slot, min(-15))).toBe(true);
    expect(isSelfSignOpen(slot, min(90))).toBe(true);
    expect(isSelfSignOpen(slot, min(179))).toBe(true);
    expect(isSelfSignOpen(slot, min(180))).toBe(false);
  });
});

describe("the countersignature", () => {
  it("needs the slot to have started", () => {
    expect(canCountersign(slot, min(-1))).toBe(false);
    expect(canCountersign(slot, min(0))).toBe(true);
    expect(canCountersign(slot, min(600))).toBe(true);
  });

  it("freezes the sheet from its first version", () => {
    expect(isFrozen(0)).toBe(false);
    expect(isFrozen(1)).toBe(true);
    expect(isFrozen(3)).toBe(true);
  });
});

describe("a mark", () => {
  const mark = (status: "PRESENT" | "LATE" | "ABSENT" | "EXCUSED", a?: number, l?: number) => ({
    status,
    arrivedAt: a === undefined ? null : min(a),
    leftAt: l === undefined ? null : min(l),
  });

  it("takes times only when late", () => {
    expect(markProblem(mark("PRESENT"), slot)).toBeNull();
    expect(markProblem(mark("ABSENT"), slot)).toBeNull();
    expect(markProblem(mark("PRESENT", 10), slot)).toMatch(/ne s'indiquent que/);
    expect(markProblem(mark("EXCUSED", undefined, 100), slot)).toMatch(/ne s'indiquent que/);
  });

  it("when late, needs an arrival or a departure within the slot, in order", () => {
    expect(markProblem(mark("LATE"), slot)).toMatch(/Indiquez l'heure/);
    expect(markProblem(mark("LATE", 25), slot)).toBeNull();
    expect(markProblem(mark("LATE", undefined, 150), slot)).toBeNull();
    expect(markProblem(mark("LATE", 25, 150), slot)).toBeNull();
    expect(markProblem(mark("LATE", -5), slot)).toMatch(/dans les horaires/);
    expect(markProblem(mark("LATE", 25, 200), slot)).toMatch(/dans les horaires/);
    expect(markProblem(mark("LATE", 100, 50), slot)).toMatch(/doit suivre/);
  });

  it("counts late as present, absent and excused as not", () => {
    expect(countsAsPresent("PRESENT")).toBe(true);
    expect(countsAsPresent("LATE")).toBe(true);
    expect(countsAsPresent("ABSENT")).toBe(false);
    expect(countsAsPresent("EXCUSED")).toBe(false);
    expect(countsAsPresent(null)).toBe(false);
  });
});

describe("the sheet the trainer's page opens on", () => {
  const at = (hour: number) => new Date(Date.UTC(2026, 11, 7, hour));
  const morning = { id: "matin", startsAt: at(8), endsAt: at(11), signed: false };
  const afternoon = { id: "après-midi", startsAt: at(13), endsAt: at(16), signed: false };
  const nextDay = {
    id: "lendemain",
    startsAt: new Date(at(8).getTime() + 86_400_000),
    endsAt: new Date(at(11).getTime() + 86_400_000),
    signed: false,
  };
  const slots = [nextDay, afternoon, morning];

  it("is the slot under way, or about to open, when there is one", () => {
    expect(sheetToOpen(slots, at(14))?.id).toBe("après-midi");
    expect(sheetToOpen(slots, new Date(at(13).getTime() - 10 * 60_000))?.id).toBe("après-midi");
  });

  it("is then the earliest started sheet left unsigned", () => {
    expect(sheetToOpen(slots, at(12))?.id).toBe("matin");
    expect(sheetToOpen(slots, at(20))?.id).toBe("matin");
    expect(sheetToOpen([{ ...morning, signed: true }, afternoon, nextDay], at(20))?.id).toBe(
      "après-midi",
    );
  });

  it("is the next slot to come when every started sheet is signed, else the last", () => {
    expect(sheetToOpen(slots, at(6))?.id).toBe("matin");
    const signed = slots.map((s) => ({ ...s, signed: true }));
    expect(sheetToOpen(signed, at(20))?.id).toBe("lendemain");
    expect(sheetToOpen(signed, new Date(at(20).getTime() + 86_400_000))?.id).toBe("lendemain");
    expect(sheetToOpen([], at(12))).toBeUndefined();
  });
});
