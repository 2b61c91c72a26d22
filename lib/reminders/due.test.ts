import { describe, expect, it } from "vitest";
import { parisTime } from "@/lib/dates/paris";
import { dueOffset } from "./due";
import { DAY_MS } from "./rule";
import { isSendingHour, sendingHoursFromEnv } from "./sending-hours";

const rule = { offsetsDays: [14, 7, 2], lateToleranceMs: DAY_MS };
const event = parisTime(2027, 6, 20, 10, 0);
const at = (days: number, hours = 0) =>
  new Date(event.getTime() - days * DAY_MS + hours * 3_600_000);

describe("the offset due", () => {
  it("is none before the first moment, then each offset once its moment has come", () => {
    expect(dueOffset(rule, event, at(15))).toBeNull();
    expect(dueOffset(rule, event, at(14))).toBe(14);
    expect(dueOffset(rule, event, at(14, 23))).toBe(14);
    expect(dueOffset(rule, event, at(7, 1))).toBe(7);
    expect(dueOffset(rule, event, at(2, 2))).toBe(2);
  });

  it("drops a moment passed by more than a day, without falling back on an older one", () => {
    expect(dueOffset(rule, event, at(14, 25))).toBeNull();
    expect(dueOffset(rule, event, at(2, 30))).toBeNull();
    expect(dueOffset(rule, event, at(-1))).toBeNull();
  });
});

describe("sending hours", () => {
  it("are 8h to 20h Paris time, winter and summer", () => {
    expect(isSendingHour(parisTime(2027, 1, 12, 7, 59))).toBe(false);
    expect(isSendingHour(parisTime(2027, 1, 12, 8, 0))).toBe(true);
    expect(isSendingHour(parisTime(2027, 7, 12, 19, 59))).toBe(true);
    expect(isSendingHour(parisTime(2027, 7, 12, 20, 0))).toBe(false);
    expect(isSendingHour(parisTime(2027, 7, 12, 2, 0))).toBe(false);
  });

  it("follow REMINDER_HOURS when it makes sense", () => {
    expect(sendingHoursFromEnv({ REMINDER_HOURS: "0-24" })).toEqual({ from: 0, to: 24 });
    expect(sendingHoursFromEnv({ REMINDER_HOURS: "9 - 18" })).toEqual({ from: 9, to: 18 });
    expect(sendingHoursFromEnv({ REMINDER_HOURS: "20-8" })).toEqual({ from: 8, to: 20 });
    expect(sendingHoursFromEnv({ REMINDER_HOURS: "toujours" })).toEqual({ from: 8, to: 20 });
    expect(sendingHoursFromEnv({})).toEqual({ from: 8, to: 20 });
  });
});
