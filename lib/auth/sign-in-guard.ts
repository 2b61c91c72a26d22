import "server-only";
import { getDb } from "@/lib/db";
import { clientAddress } from "@/lib/security/client-address";
import {
  checkRateLimit,
  clearRateLimit,
  longestWait,
  recordAttempt,
} from "@/lib/security/rate-limit";
import { signInRateLimitedCode } from "@/lib/security/rate-limit-message";
import { authenticate, type AuthenticatedUser } from "./credentials";

/** Thrown from `authorize`: next-auth hands its message to the form as the error code. */
export class SignInRateLimited extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(signInRateLimitedCode(retryAfterSeconds));
  }
}

function emailOf(input: unknown): string | null {
  const email = (input as { email?: unknown } | null)?.email;
  return typeof email === "string" && email.trim()
    ? email.trim().toLowerCase().slice(0, 254)
    : null;
}

/**
 * The credentials check behind the limits. Failures are counted per e-mail
 * (known or not: a block says nothing about who has an account) and per
 * address; a blocked attempt is refused before the password is looked at.
 * Successful sign-ins are never counted per address, so a shared office
 * address is not locked by its colleagues' typos, and a success clears its
 * account's failures.
 */
export async function authorizeSignIn(
  input: unknown,
  headers: Headers | Record<string, unknown>,
  now = new Date(),
): Promise<AuthenticatedUser | null> {
  const address = clientAddress(headers);
  const email = emailOf(input);
  const blocked = longestWait(
    await Promise.all([
      checkRateLimit("signInAddress", address, now),
      ...(email ? [checkRateLimit("signInAccount", email, now)] : []),
    ]),
  );
  if (blocked !== null) throw new SignInRateLimited(blocked);

  const user = await authenticate(input);
  if (user) {
    await clearRateLimit("signInAccount", user.email);
    // The account is in use: the inactivity clock starts again, and a pending notice is void.
    await (
      await getDb()
    ).user.update({
      where: { id: user.id },
      data: { lastSignInAt: now, inactivityWarnedAt: null },
    });
    return user;
  }
  const after = longestWait(
    await Promise.all([
      recordAttempt("signInAddress", address, now),
      ...(email ? [recordAttempt("signInAccount", email, now)] : []),
    ]),
  );
  // The failure that starts a block says so at once, rather than on the next try.
  if (after !== null) throw new SignInRateLimited(after);
  return null;
}
