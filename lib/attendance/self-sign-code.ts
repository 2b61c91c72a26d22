import crypto from "node:crypto";

/**
 * The short code a trainer shows during a slot so that participants sign
 * their own presence. It is derived, never stored: HMAC-SHA256 of the slot id
 * and the minute number under the server secret, cut to 6 digits. It rotates
 * every minute and belongs to one slot: a code read from another slot's screen,
 * or photographed and sent around later, does not match.
 */
export const CODE_DIGITS = 6;
const MINUTE = 60_000;

function minuteOf(at: Date): number {
  return Math.floor(at.getTime() / MINUTE);
}

function codeFor(secret: string, slotId: string, minute: number): string {
  const digest = crypto.createHmac("sha256", secret).update(`slot:${slotId}:${minute}`).digest();
  // Dynamic truncation as in RFC 4226 (HOTP), so every digit is uniform.
  const offset = digest[digest.length - 1]! & 0x0f;
  const value = digest.readUInt32BE(offset) & 0x7fffffff;
  return String(value % 10 ** CODE_DIGITS).padStart(CODE_DIGITS, "0");
}

/** The code to show at `at`, and when it changes. */
export function currentSelfSignCode(
  secret: string,
  slotId: string,
  at: Date,
): { code: string; expiresAt: Date } {
  const minute = minuteOf(at);
  return { code: codeFor(secret, slotId, minute), expiresAt: new Date((minute + 1) * MINUTE) };
}

/**
 * Whether a typed code is this slot's code now. The previous minute's code is
 * still accepted: a participant who read it at 10:41:58 types it at 10:42:05.
 */
export function matchesSelfSignCode(
  secret: string,
  slotId: string,
  typed: string,
  at: Date,
): boolean {
  const clean = typed.replace(/\s+/g, "");
  if (!/^\d+$/.test(clean) || clean.length !== CODE_DIGITS) return false;
  const minute = minuteOf(at);
  return [minute, minute - 1].some((m) =>
    crypto.timingSafeEqual(Buffer.from(codeFor(secret, slotId, m)), Buffer.from(clean)),
  );
}
