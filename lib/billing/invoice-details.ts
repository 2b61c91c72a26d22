import "server-only";
import { getDb } from "@/lib/db";
import type { InvoiceStatus, PaymentMethod } from "@/lib/db/generated/enums";
import {
  organizationIdentity,
  organizationIdentitySelect,
  type OrganizationIdentity,
} from "@/lib/documents/organization-identity";
import { vatByRate, type VatRateTotal } from "./amounts";
import { isRecordId } from "@/lib/db/record-id";
import type { InvoiceScope } from "@/lib/scopes/billing";
import { balanceDueCents, invoiceState, paidCents, type InvoiceState } from "./payment-rules";
import { invoiceHeadSelect, invoiceLineSelect, invoiceTotalsSelect } from "./invoice-select";

/**
 * An invoice as the page and its PDF print it: the seller's legal identity,
 * the buyer as invoiced, lines, VAT per rate, totals, terms, payments
 * received and what remains due.
 */
export type InvoiceDetails = {
  id: string;
  number: string;
  status: InvoiceStatus;
  state: InvoiceState;
  issuedAt: Date;
  dueAt: Date;
  seller: OrganizationIdentity & { vatNumber: string | null; paymentTerms: string };
  buyer: { name: string; addressLines: string[] };
  order: { id: string; reference: string; orderedAt: Date };
  lines: {
    position: number;
    description: string;
    quantity: number;
    unitPriceExclVatCents: number;
    vatRateBasisPoints: number;
    totalExclVatCents: number;
  }[];
  vatByRate: VatRateTotal[];
  /** As stored when the invoice was issued: an invoice never changes afterwards. */
  totals: { exclVat: number; vat: number; inclVat: number };
  payments: {
    id: string;
    paidAt: Date;
    method: PaymentMethod;
    reference: string | null;
    amountCents: number;
  }[];
  paidCents: number;
  remainingCents: number;
};

/**
 * One invoice in one query; null (then 404) when it does not exist or is
 * outside the scope (lib/scopes/billing: invoiceScope).
 */
export async function getInvoiceDetails(
  scope: InvoiceScope | null,
  invoiceId: string,
  now: Date = new Date(),
): Promise<InvoiceDetails | null> {
  if (!scope || !isRecordId(invoiceId)) return null;
  const db = await getDb();
  const invoice = await db.invoice.findFirst({
    where: { AND: [scope, { id: invoiceId }] },
    select: {
      ...invoiceHeadSelect,
      buyerName: true,
      buyerAddress: true,
      ...invoiceTotalsSelect,
      organization: {
        select: { ...organizationIdentitySelect, vatNumber: true, paymentTerms: true },
      },
      order: { select: { id: true, reference: true, orderedAt: true } },
      lines: {
        select: invoiceLineSelect,
        orderBy: { position: "asc" },
      },
      payments: {
        select: { id: true, paidAt: true, method: true, reference: true, amountCents: true },
        orderBy: [{ paidAt: "asc" }, { createdAt: "asc" }],
      },
    },
  });
  if (!invoice) return null;
  const paid = paidCents(invoice.payments);
  return {
    id: invoice.id,
    number: invoice.number,
    status: invoice.status,
    state: invoiceState(invoice, paid, now),
    issuedAt: invoice.issuedAt,
    dueAt: invoice.dueAt,
    seller: {
      ...organizationIdentity(invoice.organization),
      vatNumber: invoice.organization.vatNumber,
      paymentTerms: invoice.organization.paymentTerms,
    },
    buyer: {
      name: invoice.buyerName,
      addressLines: invoice.buyerAddress
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean),
    },
    order: invoice.order,
    lines: invoice.lines,
    vatByRate: vatByRate(invoice.lines),
    totals: {
      exclVat: invoice.totalExclVatCents,
      vat: invoice.totalVatCents,
      inclVat: invoice.totalInclVatCents,
    },
    payments: invoice.payments,
    paidCents: paid,
    remainingCents: balanceDueCents(invoice),
  };
}
