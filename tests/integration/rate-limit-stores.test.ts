import { describe, expect, it } from "vitest";
import { getDb } from "../../lib/db/client";
import { createDatabaseStore } from "../../lib/security/rate-limit-database-store";
import { createMemoryStore } from "../../lib/security/rate-limit-memory-store";
import {
  FORGET_AFTER_MS,
  RATE_LIMIT_RULES,
  recordInBucket,
  type Bucket,
  type RateLimitRule,
} from "../../lib/security/rate-limit-rules";
import type { RateLimitStore } from "../../lib/security/rate-limit-store";
import { setupTestDatabase } from "../support/test-database";

setupTestDatabase("migrated");

const MINUTE = 60_000;
const t0 = new Date("2026-11-27T09:00:00.000Z");
const at = (ms: number) => new Date(t0.getTime() + ms);

/*
 * One scenario of attempts (minutes after t0): under the limit, blocked,
 * doubled, capped, then forgotten after a quiet window. Every store must give
 * the bucket the pure rule gives, step by step.
 */
const SCENARIO_MINUTES = [0, 0.5, 1, 2, 3, 3.5, 5, 8, 12, 20, 40, 80, 150, 300];

function expected(rule: RateLimitRule): Bucket[] {
  let bucket: Bucket | null = null;
  return SCENARIO_MINUTES.map((m) => (bucket = recordInBucket(bucket, rule, at(m * MINUTE))));
}

const stores: [string, () => RateLimitStore][] = [
  ["memory", () => createMemoryStore()],
  ["database", () => createDatabaseStore(getDb)],
];

describe.each(stores)("%s store", (_name, makeStore) => {
  it.each(Object.keys(RATE_LIMIT_RULES) as (keyof typeof RATE_LIMIT_RULES)[])(
    "follows the %s rule exactly",
    async (ruleName) => {
      const store = makeStore();
      const rule = RATE_LIMIT_RULES[ruleName];
      const key = `scenario:${ruleName}:${Math.random()}`;
      const got: Bucket[] = [];
      for (const m of SCENARIO_MINUTES) got.push(await store.record(key, rule, at(m * MINUTE)));
      expect(got).toEqual(expected(rule));
      expect(await store.read(key)).toEqual(got.at(-1));
    },
  );

  it("counts racing attempts exactly once each", async () => {
    const store = makeStore();
    const rule = RATE_LIMIT_RULES.signInAddress;
    const key = `race:${Math.random()}`;
    const results = await Promise.all(
      Array.from({ length: 40 }, () => store.record(key, rule, at(0))),
    );
    expect(results.map((b) => b.count).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 40 }, (_, i) => i + 1),
    );
    expect((await store.read(key))?.count).toBe(40);
  });

  it("clears one key and leaves the others", async () => {
    const store = makeStore();
    const rule = RATE_LIMIT_RULES.signInAccount;
    await store.record("clear:a", rule, at(0));
    await store.record("clear:b", rule, at(0));
    await store.clear("clear:a");
    expect(await store.read("clear:a")).toBeNull();
    expect(await store.read("clear:b")).toMatchObject({ count: 1 });
  });
});

describe("database store", () => {
  it("is shared: two stores (two server instances) count into the same bucket", async () => {
    const rule = RATE_LIMIT_RULES.signInAccount;
    const [one, two] = [createDatabaseStore(getDb), createDatabaseStore(getDb)];
    const key = `shared:${Math.random()}`;
    await one.record(key, rule, at(0));
    await two.record(key, rule, at(0));
    expect((await one.record(key, rule, at(0))).count).toBe(3);
  });

  it("forgets buckets untouched for a day", async () => {
    const rule = RATE_LIMIT_RULES.signInAccount;
    const store = createDatabaseStore(getDb);
    const db = await getDb();
    await db.rateLimitBucket.create({
      data: { key: "prune:old", count: 3, windowStartedAt: at(0), updatedAt: at(0) },
    });
    await store.record("prune:new", rule, at(FORGET_AFTER_MS + MINUTE));
    await expect
      .poll(() => db.rateLimitBucket.findUnique({ where: { key: "prune:old" } }))
      .toBeNull();
    expect(await store.read("prune:new")).not.toBeNull();
  });
});
