import { INVOICE_STATE_LABELS } from "@/lib/billing/labels";
import type { InvoiceSummary } from "@/lib/billing/invoice-list";
import { formatDate } from "@/lib/dates/paris";
import { toCsv } from "@/lib/http/csv";

/** "1234,56": what a French spreadsheet reads as a number (no currency sign, no grouping). */
export function csvAmount(cents: number): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)},${String(abs % 100).padStart(2, "0")}`;
}

/** The company's invoices of a period, one line each, for the firm's accounting. */
export function invoicesCsv(invoices: readonly InvoiceSummary[]): string {
  return toCsv(
    [
      "Numéro",
      "Date",
      "Échéance",
      "Organisme",
      "Réf commande",
      "Client",
      "Montant HT",
      "TVA",
      "Montant TTC",
      "Réglé",
      "Reste dû",
      "Statut",
    ],
    invoices.map((i) => [
      i.number,
      formatDate(i.issuedAt),
      formatDate(i.dueAt),
      i.organizationName,
      i.orderReference,
      i.buyerName,
      csvAmount(i.totalExclVatCents),
      csvAmount(i.totalVatCents),
      csvAmount(i.totalInclVatCents),
      csvAmount(i.paidCents),
      csvAmount(i.remainingCents),
      INVOICE_STATE_LABELS[i.state],
    ]),
  );
}
