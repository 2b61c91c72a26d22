/*
 * The address an erased account keeps: the unique constraint stays satisfied
 * on a reserved domain (RFC 2606 ".invalid") that can receive nothing. Neutral,
 * and without "server-only": the erasure writes it (lib/privacy), the mail
 * queue refuses to write to it (lib/mail), and the tests check both.
 */
export const ANONYMIZED_EMAIL_DOMAIN = "anonymise.invalid";

export function anonymizedEmail(userId: string): string {
  return `${userId}@${ANONYMIZED_EMAIL_DOMAIN}`;
}

export function isAnonymizedEmail(address: string): boolean {
  return address.endsWith(`@${ANONYMIZED_EMAIL_DOMAIN}`);
}
