import { clientAddress, createRateLimiter, type RateLimiter } from "./rate-limit";

/**
 * The public check answers at most 30 lookups per address in 10 minutes: a
 * person scanning certificates never gets near it, a script trying numbers does.
 */
export const VERIFICATION_LIMIT = { limit: 30, windowMs: 10 * 60 * 1000 };

// One limiter per process, kept across development reloads.
const globalForLimit = globalThis as unknown as { __parcoursVerificationLimiter?: RateLimiter };

export function verificationLookupAllowed(headers: Headers, now = Date.now()) {
  globalForLimit.__parcoursVerificationLimiter ??= createRateLimiter(VERIFICATION_LIMIT);
  return globalForLimit.__parcoursVerificationLimiter.hit(clientAddress(headers), now);
}
