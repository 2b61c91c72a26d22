import type { Bucket, RateLimitRule } from "./rate-limit-rules";

/** Where buckets live. `record` must count every attempt exactly once, even when they race. */
export type RateLimitStore = {
  read(key: string): Promise<Bucket | null>;
  record(key: string, rule: RateLimitRule, now: Date): Promise<Bucket>;
  clear(key: string): Promise<void>;
};
