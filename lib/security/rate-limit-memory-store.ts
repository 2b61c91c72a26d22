import { FORGET_AFTER_MS, recordInBucket, type Bucket } from "./rate-limit-rules";
import type { RateLimitStore } from "./rate-limit-store";

/**
 * Buckets in this process's memory: exact for one server (JavaScript runs one
 * record at a time), but each instance counts on its own. The table is bounded
 * so that a flood of addresses cannot grow it without end.
 */
export function createMemoryStore(options: { maxKeys?: number } = {}): RateLimitStore {
  const maxKeys = options.maxKeys ?? 10_000;
  const buckets = new Map<string, Bucket & { touchedAt: number }>();

  function makeRoom(now: number) {
    for (const [key, b] of buckets) if (b.touchedAt <= now - FORGET_AFTER_MS) buckets.delete(key);
    // Still full: forget the least recently touched (the Map keeps insertion order).
    for (const key of buckets.keys()) {
      if (buckets.size < maxKeys) break;
      buckets.delete(key);
    }
  }

  return {
    async read(key) {
      const b = buckets.get(key);
      return b
        ? { count: b.count, windowStartedAt: b.windowStartedAt, blockedUntil: b.blockedUntil }
        : null;
    },
    async record(key, rule, now) {
      const previous = buckets.get(key) ?? null;
      const next = recordInBucket(previous, rule, now);
      // Re-inserted at the end: the order stays "least recently touched first".
      buckets.delete(key);
      if (buckets.size >= maxKeys) makeRoom(now.getTime());
      buckets.set(key, { ...next, touchedAt: now.getTime() });
      return next;
    },
    async clear(key) {
      buckets.delete(key);
    },
  };
}
