import type { Prisma } from "@/lib/db/generated/client";

/** What names an invoice wherever it is listed or shown: number, state and dates. */
export const invoiceHeadSelect = {
  id: true,
  number: true,
  status: true,
  issuedAt: true,
  dueAt: true,
} satisfies Prisma.InvoiceSelect;

/** An invoice line as the invoice prints it: what, how many, at what price and VAT rate. */
export const invoiceLineSelect = {
  position: true,
  description: true,
  quantity: true,
  unitPriceExclVatCents: true,
  vatRateBasisPoints: true,
  totalExclVatCents: true,
} satisfies Prisma.InvoiceLineSelect;

/** The invoice's three totals, frozen when it was issued. */
export const invoiceTotalsSelect = {
  totalExclVatCents: true,
  totalVatCents: true,
  totalInclVatCents: true,
} satisfies Prisma.InvoiceSelect;
