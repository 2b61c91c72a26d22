/**
 * The rate limits of the product, as data, and the one rule that moves a
 * bucket forward. Both stores (memory, database) follow this rule; the
 * database store writes it in SQL, and the integration tests hold the two to
 * the same scenarios.
 */

export type RateLimitRule = {
  /** Attempts counted before the subject is blocked (the last one counted is still answered). */
  limit: number;
  /** How long counted attempts are remembered, and the quiet time that forgets a block. */
  windowMs: number;
  /** The first block; each further attempt counted doubles it... */
  blockMs: number;
  /** ...up to this. */
  maxBlockMs: number;
};

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export const RATE_LIMIT_RULES = {
  // Failed sign-ins per e-mail (known or not, so that the block tells nothing about accounts).
  signInAccount: { limit: 5, windowMs: 15 * MINUTE, blockMs: MINUTE, maxBlockMs: HOUR },
  // Failed sign-ins per address: high enough for a firm's staff behind one address,
  // low enough to stop one machine trying passwords over many accounts.
  signInAddress: { limit: 50, windowMs: 15 * MINUTE, blockMs: MINUTE, maxBlockMs: HOUR },
  // Reset requests (each one sends an e-mail) per e-mail and per address.
  resetAccount: { limit: 3, windowMs: HOUR, blockMs: 15 * MINUTE, maxBlockMs: HOUR },
  resetAddress: { limit: 10, windowMs: HOUR, blockMs: 15 * MINUTE, maxBlockMs: HOUR },
  // Unknown invitation or reset links per address: someone guessing tokens.
  tokenLinkAddress: { limit: 20, windowMs: 15 * MINUTE, blockMs: MINUTE, maxBlockMs: HOUR },
  // Public certificate checks per address: a person scanning certificates never gets
  // near 30 in 10 minutes, a script trying numbers does.
  certificateLookupAddress: {
    limit: 30,
    windowMs: 10 * MINUTE,
    blockMs: 10 * MINUTE,
    maxBlockMs: HOUR,
  },
  // Wrong slot codes per participant and slot ("Signer ma présence"): a person mistypes
  // once or twice; 5 wrong 6-digit codes then a block make guessing hopeless.
  selfSignCode: { limit: 5, windowMs: 10 * MINUTE, blockMs: 5 * MINUTE, maxBlockMs: HOUR },
} as const satisfies Record<string, RateLimitRule>;

export type RateLimitRuleName = keyof typeof RATE_LIMIT_RULES;

/** Every bucket untouched for this long is forgotten: longer than any window plus block. */
export const FORGET_AFTER_MS = 24 * HOUR;

export type Bucket = { count: number; windowStartedAt: Date; blockedUntil: Date | null };

export type RateLimitResult = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Past its window and, if it was blocked, a quiet window after the block: start again. */
export function isExpired(bucket: Bucket, rule: RateLimitRule, now: Date): boolean {
  const staleBefore = now.getTime() - rule.windowMs;
  return (
    bucket.windowStartedAt.getTime() <= staleBefore &&
    (bucket.blockedUntil === null || bucket.blockedUntil.getTime() <= staleBefore)
  );
}

// 2^40 minutes is far past any maxBlockMs: the cap keeps the arithmetic finite.
const MAX_DOUBLINGS = 40;

/** How long the count-th attempt blocks the subject (0 below the limit). */
export function blockDurationMs(count: number, rule: RateLimitRule): number {
  if (count < rule.limit) return 0;
  const doublings = Math.min(count - rule.limit, MAX_DOUBLINGS);
  return Math.min(rule.blockMs * 2 ** doublings, rule.maxBlockMs);
}

/** The bucket after one more counted attempt. */
export function recordInBucket(bucket: Bucket | null, rule: RateLimitRule, now: Date): Bucket {
  const fresh = !bucket || isExpired(bucket, rule, now);
  const count = fresh ? 1 : bucket.count + 1;
  const block = blockDurationMs(count, rule);
  return {
    count,
    windowStartedAt: fresh ? now : bucket.windowStartedAt,
    blockedUntil: block > 0 ? new Date(now.getTime() + block) : fresh ? null : bucket.blockedUntil,
  };
}

/** Whether the subject may try now, and if not, for how long to wait. */
export function verdict(bucket: Bucket | null, now: Date): RateLimitResult {
  const until = bucket?.blockedUntil?.getTime() ?? 0;
  if (until <= now.getTime()) return { allowed: true };
  return { allowed: false, retryAfterSeconds: Math.ceil((until - now.getTime()) / 1000) };
}
