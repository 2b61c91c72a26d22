import crypto from "node:crypto";

/**
 * Certificate numbers: "ATT-" and 12 characters of Crockford's base32 (no I,
 * L, O, U: a number read aloud or retyped stays unambiguous), 60 bits from the
 * system's CSPRNG, so that /verification/<number> cannot be guessed. Same
 * shape as the seeded demo's numbers.
 */
const BASE32 = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const PATTERN = /^ATT-[0-9A-HJKMNP-TV-Z]{12}$/;

/** `length` characters of Crockford's base32 from the CSPRNG (5 bits each). */
export function randomBase32(length: number): string {
  let value = "";
  // 256 is a multiple of 32: the low five bits of a byte are uniform.
  for (const byte of crypto.randomBytes(length)) value += BASE32[byte & 31];
  return value;
}

export function newCertificateNumber(): string {
  return `ATT-${randomBase32(12)}`;
}

/** The number as stored, from what a person typed or scanned; null when it cannot be one. */
export function normalizeCertificateNumber(input: string): string | null {
  if (input.length > 40) return null;
  const value = input.trim().toUpperCase();
  return PATTERN.test(value) ? value : null;
}
