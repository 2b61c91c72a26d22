import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  RECHECK_INTERVAL_MS,
  checkDatabase,
  databaseAvailable,
  databaseMarkedDown,
  registerDatabaseProbe,
  reportDatabaseUnreachable,
  reportQueryFailure,
} from "./availability";

let answers: boolean;
let probes: number;

beforeEach(() => {
  delete (globalThis as Record<symbol, unknown>)[Symbol.for("parcours.db.availability")];
  answers = true;
  probes = 0;
  registerDatabaseProbe(async (limit) => {
    probes++;
    await limit(answers ? Promise.resolve() : Promise.reject(new Error("ECONNREFUSED")));
  });
  vi.spyOn(console, "error").mockImplementation(() => undefined);
  vi.spyOn(console, "info").mockImplementation(() => undefined);
});
afterEach(() => vi.restoreAllMocks());

describe("database availability", () => {
  it("stays up when a query fails on its own (the probe answers)", async () => {
    reportQueryFailure();
    await checkDatabase();
    expect(databaseMarkedDown()).toBe(false);
  });

  it("goes down when the probe fails too, then up at the first probe that answers", async () => {
    answers = false;
    reportQueryFailure();
    await expect.poll(databaseMarkedDown).toBe(true);
    const downAt = Date.now();
    expect(await databaseAvailable(downAt)).toBe(false);
    answers = true;
    expect(await databaseAvailable(downAt + RECHECK_INTERVAL_MS)).toBe(true);
    expect(databaseMarkedDown()).toBe(false);
  });

  it("probes at most once per interval while down, however many requests arrive", async () => {
    reportDatabaseUnreachable(new Error("introuvable"));
    answers = false;
    const now = Date.now();
    const answersNow = await Promise.all(Array.from({ length: 50 }, () => databaseAvailable(now)));
    expect(answersNow.every((ok) => !ok)).toBe(true);
    expect(probes).toBe(0);
    const later = await Promise.all(
      Array.from({ length: 50 }, () => databaseAvailable(now + RECHECK_INTERVAL_MS)),
    );
    expect(later.every((ok) => !ok)).toBe(true);
    expect(probes).toBe(1);
  });

  it("times a probe's query out rather than waiting for a silent database", async () => {
    vi.useFakeTimers();
    try {
      registerDatabaseProbe((limit) => limit(new Promise<void>(() => undefined)));
      const outcome = checkDatabase();
      await vi.advanceTimersByTimeAsync(5_000);
      expect(await outcome).toBe(false);
      expect(databaseMarkedDown()).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});
