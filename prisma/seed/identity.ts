import type { Rng } from "./random";

/**
 * Identifiers that look real to the checks an accountant would run: SIRET
 * numbers pass the Luhn test that INSEE uses, and VAT numbers carry the key
 * computed from the SIREN, so nobody mistakes the demo for broken data.
 */
function luhnCheckDigit(partial: string): number {
  let sum = 0;
  // Digits at even positions from the right (once the check digit is appended) are doubled.
  for (let i = 0; i < partial.length; i++) {
    let digit = Number(partial[partial.length - 1 - i]);
    if (i % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return (10 - (sum % 10)) % 10;
}

/** Unique 14-digit SIRETs: a SIREN, an establishment number, the Luhn key. */
export function siretFactory(rng: Rng): () => string {
  const used = new Set<string>();
  return () => {
    for (;;) {
      const partial = String(rng.int(3, 9)) + rng.digits(8) + "0001";
      const value = partial + String(luhnCheckDigit(partial));
      if (!used.has(value)) {
        used.add(value);
        return value;
      }
    }
  };
}

export function vatNumberOf(siretValue: string): string {
  const siren = Number(siretValue.slice(0, 9));
  const key = (12 + 3 * (siren % 97)) % 97;
  return `FR${String(key).padStart(2, "0")}${siretValue.slice(0, 9)}`;
}

/** Numéro de déclaration d'activité: region (2), department (2), serial (5), department (2). */
export function activityNumber(rng: Rng, region: string, department: string): string {
  return `${region}${department}${rng.digits(5)}${department}`;
}

export function mobilePhone(rng: Rng): string {
  return `0${rng.pick(["6", "7"])} ${rng.digits(2)} ${rng.digits(2)} ${rng.digits(2)} ${rng.digits(2)}`;
}

/** Lower-case ASCII for e-mail local parts ("Hélène N'Diaye" -> "helene-ndiaye"). */
export function slug(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
