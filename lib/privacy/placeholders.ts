/*
 * What an erased account's fields become. No "server-only": the tests check
 * the erasure against these values. The e-mail keeps the unique constraint
 * satisfied on a reserved domain (RFC 2606 ".invalid") that can receive nothing.
 */
export const ANONYMIZED_EMAIL_DOMAIN = "anonymise.invalid";

export function anonymizedEmail(userId: string): string {
  return `${userId}@${ANONYMIZED_EMAIL_DOMAIN}`;
}

export const ANONYMIZED_FIRST_NAME = "Participant";
export const ANONYMIZED_LAST_NAME = "anonymisé";

/** Replaces a personal value found inside a JSON document (audit entries). */
export const REDACTED = "[donnée effacée]";

/** True for a value the erasure wrote (or null): nothing left of the person. */
export function isErasedValue(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value !== "string") return false;
  return (
    value === ANONYMIZED_FIRST_NAME ||
    value === ANONYMIZED_LAST_NAME ||
    value === REDACTED ||
    value.endsWith(`@${ANONYMIZED_EMAIL_DOMAIN}`)
  );
}
