import { z } from "zod";

/**
 * Ids come from URLs and forms. Ours are cuids (the seed's too); anything else
 * (too long, a NUL byte that PostgreSQL would answer with an error, a quote, a
 * slash) is simply not found, never a 500, and PostgreSQL never sees it. No
 * "server-only": the forms validate with the same schema.
 */
export const RECORD_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export function isRecordId(value: unknown): value is string {
  return typeof value === "string" && RECORD_ID_PATTERN.test(value);
}

/** The id field of every input schema. */
export const recordIdSchema = z
  .string("Identifiant invalide.")
  .regex(RECORD_ID_PATTERN, "Identifiant invalide.");
