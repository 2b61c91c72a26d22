import { parisYear } from "@/lib/dates/paris";
import type { Prisma } from "@/lib/db/generated/client";

/*
 * No "server-only" here: the seed and back-office scripts run outside Next
 * and issue invoices too.
 */

/**
 * The printed invoice number: "F2026-20-000123". The organization's code keeps
 * two organizations' "n° 1" apart (Invoice.number is unique); the format is
 * the demo seed's (prisma/seed/billing.ts), a unit test holds them together.
 */
export function formatInvoiceNumber(organizationCode: string, year: number, n: number): string {
  return `F${year}-${organizationCode}-${String(n).padStart(6, "0")}`;
}

export type AllocatedInvoiceNumber = { number: string; year: number; sequence: number };

/**
 * The next invoice number of an organization for the Paris calendar year of
 * `issuedAt`. French invoicing law wants one unbroken chronological sequence
 * (CGI art. 242 nonies A): call this inside the transaction that inserts the
 * invoice. The upsert below increments InvoiceSequence and keeps its row
 * locked until that transaction ends, so concurrent issuers queue one behind
 * the other, and a rolled-back invoice gives its number back. (A PostgreSQL
 * SEQUENCE would not: nextval() is never rolled back, which leaves gaps.)
 */
export async function allocateInvoiceNumber(
  tx: Prisma.TransactionClient,
  input: { organizationId: string; organizationCode: string; issuedAt: Date },
): Promise<AllocatedInvoiceNumber> {
  if (!/^[A-Za-z0-9]{1,12}$/.test(input.organizationCode)) {
    throw new Error(`Code d'organisme invalide pour la numérotation : ${input.organizationCode}`);
  }
  const year = parisYear(input.issuedAt);
  const rows = await tx.$queryRaw<{ lastNumber: number }[]>`
    INSERT INTO "InvoiceSequence" ("organizationId", "year", "lastNumber")
    VALUES (${input.organizationId}, ${year}::integer, 1)
    ON CONFLICT ("organizationId", "year")
    DO UPDATE SET "lastNumber" = "InvoiceSequence"."lastNumber" + 1
    RETURNING "lastNumber"`;
  const sequence = Number(rows[0]?.lastNumber);
  if (!Number.isSafeInteger(sequence) || sequence < 1) {
    throw new Error("La numérotation des factures n'a pas renvoyé de numéro.");
  }
  return { number: formatInvoiceNumber(input.organizationCode, year, sequence), year, sequence };
}
