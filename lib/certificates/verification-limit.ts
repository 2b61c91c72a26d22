import "server-only";
import { clientAddress } from "@/lib/security/client-address";
import { consumeRateLimit, type RateLimitResult } from "@/lib/security/rate-limit";

/**
 * The public check answers at most 30 lookups per address in 10 minutes (the
 * rule lives with the others in lib/security/rate-limit-rules.ts).
 */
export function verificationLookupAllowed(headers: Headers): Promise<RateLimitResult> {
  return consumeRateLimit("certificateLookupAddress", clientAddress(headers));
}
