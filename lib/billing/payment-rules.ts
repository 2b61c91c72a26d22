import type { InvoiceStatus } from "@/lib/db/generated/enums";
import { formatCents } from "@/lib/format/money";

/**
 * What a payment may be and what an invoice still asks for. Pure, so that the
 * page, the PDF and recordPayment (lib/billing/record-payment.ts) agree.
 */
export function paidCents(payments: readonly { amountCents: number }[]): number {
  return payments.reduce((sum, p) => sum + p.amountCents, 0);
}

/** Never negative: an over-payment (refused by recordPayment) would not make the buyer owed money here. */
export function remainingDueCents(
  totalInclVatCents: number,
  payments: readonly { amountCents: number }[],
): number {
  return Math.max(0, totalInclVatCents - paidCents(payments));
}

/** What an invoice still asks for: nothing once cancelled, else its total less the payments. */
export function balanceDueCents(invoice: {
  status: InvoiceStatus;
  totalInclVatCents: number;
  payments: readonly { amountCents: number }[];
}): number {
  return invoice.status === "CANCELLED"
    ? 0
    : remainingDueCents(invoice.totalInclVatCents, invoice.payments);
}

/** The French reason a payment amount is refused, or null when it may be recorded. */
export function paymentAmountRefusal(amountCents: number, remainingCents: number): string | null {
  if (!Number.isSafeInteger(amountCents)) {
    return "Le montant du règlement doit être un nombre entier de centimes.";
  }
  if (amountCents <= 0) return "Le montant du règlement doit être supérieur à 0,00 €.";
  if (remainingCents <= 0) return "Cette facture est déjà entièrement réglée.";
  if (amountCents > remainingCents) {
    return `Le montant du règlement (${formatCents(amountCents)}) dépasse le reste dû de la facture (${formatCents(remainingCents)}).`;
  }
  return null;
}

/** Clocks of the bank and the server differ a little; a payment dated later than that is a typo. */
const FUTURE_TOLERANCE_MS = 5 * 60_000;

export function paymentDateRefusal(paidAt: Date, now: Date): string | null {
  if (!(paidAt instanceof Date) || Number.isNaN(paidAt.getTime())) {
    return "La date du règlement est invalide.";
  }
  if (paidAt.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) {
    return "La date du règlement ne peut pas être dans le futur.";
  }
  return null;
}

/** What the participant reads about an invoice, beyond its stored status. */
export type InvoiceState = "paid" | "partially-paid" | "due" | "overdue" | "cancelled";

export function invoiceState(
  invoice: { status: InvoiceStatus; dueAt: Date; totalInclVatCents: number },
  paid: number,
  now: Date,
): InvoiceState {
  if (invoice.status === "CANCELLED") return "cancelled";
  if (invoice.status === "PAID" || paid >= invoice.totalInclVatCents) return "paid";
  // Late-payment penalties run from the day after the due date (Code de commerce L441-10).
  if (now.getTime() > invoice.dueAt.getTime()) return "overdue";
  return paid > 0 ? "partially-paid" : "due";
}
