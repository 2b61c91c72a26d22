import "server-only";
import type { Db } from "@/lib/db";
import type { AccountTokenPurpose } from "@/lib/db/generated/enums";
import { clientAddress } from "@/lib/security/client-address";
import {
  checkRateLimit,
  consumeRateLimit,
  longestWait,
  recordAttempt,
} from "@/lib/security/rate-limit";
import { tooManyAttemptsMessage } from "@/lib/security/rate-limit-message";
import {
  checkAccountToken,
  setPasswordWithToken,
  TOKEN_FAILURE_MESSAGES,
  type TokenState,
} from "./tokens";

type RequestHeaders = Headers | Record<string, unknown>;
export type Limited = { state: "limited"; retryAfterSeconds: number };

/**
 * Each reset request sends an e-mail: every request counts, per e-mail and per
 * address. Returns the wait when refused, null when the request may go on.
 */
export async function resetRequestWait(
  email: string,
  headers: RequestHeaders,
  now = new Date(),
): Promise<number | null> {
  return longestWait(
    await Promise.all([
      consumeRateLimit("resetAccount", email, now),
      consumeRateLimit("resetAddress", clientAddress(headers), now),
    ]),
  );
}

/*
 * Invitation and reset links: only unknown tokens count against the address
 * (someone guessing); an expired or used link is a real one, opened late.
 */
export async function linkWait(
  headers: RequestHeaders,
  now: Date = new Date(),
): Promise<number | null> {
  return longestWait([await checkRateLimit("tokenLinkAddress", clientAddress(headers), now)]);
}

async function countUnknownLink(headers: RequestHeaders, now: Date): Promise<void> {
  await recordAttempt("tokenLinkAddress", clientAddress(headers), now);
}

/** What the link's page shows, unless the address is blocked for guessing links. */
export async function checkLinkWithinLimit(
  db: Db,
  token: string,
  purpose: AccountTokenPurpose,
  headers: RequestHeaders,
  now = new Date(),
): Promise<TokenState | Limited> {
  const wait = await linkWait(headers, now);
  if (wait !== null) return { state: "limited", retryAfterSeconds: wait };
  const link = await checkAccountToken(db, token, purpose, now);
  if (link.state === "invalid") await countUnknownLink(headers, now);
  return link;
}

/** Sets the password through a link, unless the address is blocked for guessing links. */
export async function setPasswordWithinLimit(
  db: Db,
  input: { token: string; purpose: AccountTokenPurpose; password: string },
  headers: RequestHeaders,
  now = new Date(),
): Promise<
  | Awaited<ReturnType<typeof setPasswordWithToken>>
  | { ok: false; reason: "limited"; retryAfterSeconds: number }
> {
  const wait = await linkWait(headers, now);
  if (wait !== null) return { ok: false, reason: "limited", retryAfterSeconds: wait };
  const result = await setPasswordWithToken(db, { ...input, now });
  if (!result.ok && result.reason === "invalid") await countUnknownLink(headers, now);
  return result;
}

/** The French message of a link that cannot be used (or cannot be checked right now). */
export function linkFailureMessage(
  link: Exclude<TokenState, { state: "valid" }> | Limited,
): string {
  return link.state === "limited"
    ? tooManyAttemptsMessage(link.retryAfterSeconds)
    : TOKEN_FAILURE_MESSAGES[link.state];
}
