import { isAnonymizedEmail } from "@/lib/anonymized-address";

/*
 * What an erased account's fields become. No "server-only": the tests check
 * the erasure against these values. The e-mail is lib/anonymized-address's.
 */
export { anonymizedEmail } from "@/lib/anonymized-address";

export const ANONYMIZED_FIRST_NAME = "Participant";
export const ANONYMIZED_LAST_NAME = "anonymisé";

/**
 * The holder's name on a public check (/verification/<number>) once the account
 * is anonymised, after an erasure on request or three years of inactivity alike:
 * why it was anonymised is the person's business, not the reader's.
 */
export const ANONYMIZED_PARTICIPANT_NAME = "Participant anonymisé";
export const ANONYMIZED_STAGIAIRE_NAME = "Stagiaire anonymisé";

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
    isAnonymizedEmail(value)
  );
}
