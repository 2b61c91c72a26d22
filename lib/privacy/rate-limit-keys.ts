import "server-only";
import { clearRateLimit, keyOf, type RateLimitRuleName } from "@/lib/security/rate-limit";
import { RATE_LIMIT_RULES } from "@/lib/security/rate-limit-rules";

/*
 * Rate-limit buckets are keyed on a hash of the e-mail (lib/security): still
 * personal data, since anyone holding the address can recompute it. Every
 * rule is tried, so a rule added later is covered without code here.
 */
const RULES = Object.keys(RATE_LIMIT_RULES) as RateLimitRuleName[];

export function rateLimitKeysOf(email: string): string[] {
  return RULES.map((rule) => keyOf(rule, email));
}

/** The in-memory store (RATE_LIMIT_STORE=memory) lives outside the database's transaction. */
export async function forgetRateLimits(email: string): Promise<void> {
  await Promise.all(RULES.map((rule) => clearRateLimit(rule, email)));
}
