import { describe, expect, it } from "vitest";
import {
  blockDurationMs,
  FORGET_AFTER_MS,
  RATE_LIMIT_RULES,
  recordInBucket,
  verdict,
  type Bucket,
} from "./rate-limit-rules";

const MINUTE = 60_000;
const t0 = new Date("2026-11-27T09:00:00.000Z");
const at = (ms: number) => new Date(t0.getTime() + ms);
const rule = RATE_LIMIT_RULES.signInAccount; // 5 failures in 15 min, then 1 min doubling to 1 h

/** Records failures at the given offsets and returns the last bucket. */
function failuresAt(offsets: number[], start: Bucket | null = null): Bucket | null {
  let bucket = start;
  for (const offset of offsets) bucket = recordInBucket(bucket, rule, at(offset));
  return bucket;
}

describe("sign-in failures per account", () => {
  it("allow four failures, block one minute from the fifth", () => {
    const four = failuresAt([0, 1000, 2000, 3000]);
    expect(verdict(four, at(3001))).toEqual({ allowed: true });
    const five = failuresAt([4000], four);
    expect(five).toMatchObject({ count: 5, blockedUntil: at(4000 + MINUTE) });
    expect(verdict(five, at(4000))).toEqual({ allowed: false, retryAfterSeconds: 60 });
    expect(verdict(five, at(4000 + 59_001))).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(verdict(five, at(4000 + MINUTE))).toEqual({ allowed: true });
  });

  it("double the block at each further failure, up to one hour", () => {
    let bucket = failuresAt([0, 0, 0, 0, 0]);
    let now = 0;
    const blocks: number[] = [];
    for (let i = 0; i < 8; i++) {
      now = bucket!.blockedUntil!.getTime() - t0.getTime(); // the next try comes as soon as allowed
      bucket = recordInBucket(bucket, rule, at(now));
      blocks.push((bucket.blockedUntil!.getTime() - at(now).getTime()) / MINUTE);
    }
    expect(blocks).toEqual([2, 4, 8, 16, 32, 60, 60, 60]);
  });

  it("forget failures once the window has passed without a block", () => {
    const four = failuresAt([0, 1000, 2000, 3000]);
    const later = recordInBucket(four, rule, at(15 * MINUTE));
    expect(later).toEqual({ count: 1, windowStartedAt: at(15 * MINUTE), blockedUntil: null });
  });

  it("forget a block only after a quiet window following it", () => {
    const blocked = failuresAt([0, 0, 0, 0, 0]); // blocked until 1 min
    const tooSoon = recordInBucket(blocked, rule, at(15 * MINUTE));
    expect(tooSoon.count).toBe(6);
    expect(verdict(tooSoon, at(15 * MINUTE))).toEqual({ allowed: false, retryAfterSeconds: 120 });
    const quiet = recordInBucket(blocked, rule, at(16 * MINUTE));
    expect(quiet).toEqual({ count: 1, windowStartedAt: at(16 * MINUTE), blockedUntil: null });
  });

  it("cannot overflow on an absurd count", () => {
    expect(blockDurationMs(1_000_000, rule)).toBe(rule.maxBlockMs);
    expect(blockDurationMs(4, rule)).toBe(0);
  });
});

describe("the rule table", () => {
  it("forgets every bucket long after any window and block", () => {
    for (const r of Object.values(RATE_LIMIT_RULES)) {
      expect(r.limit).toBeGreaterThan(0);
      expect(r.blockMs).toBeLessThanOrEqual(r.maxBlockMs);
      expect(2 * r.windowMs + r.maxBlockMs).toBeLessThan(FORGET_AFTER_MS);
    }
  });

  it("answers 30 certificate lookups and refuses the 31st", () => {
    const lookups = RATE_LIMIT_RULES.certificateLookupAddress;
    let bucket: Bucket | null = null;
    for (let i = 0; i < 30; i++) {
      expect(verdict(bucket, at(i))).toEqual({ allowed: true });
      bucket = recordInBucket(bucket, lookups, at(i));
    }
    expect(verdict(bucket, at(30))).toEqual({ allowed: false, retryAfterSeconds: 600 });
  });
});
