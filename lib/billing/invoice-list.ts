import "server-only";
import { getDb } from "@/lib/db";
import type { InvoiceStatus } from "@/lib/db/generated/enums";
import type { InvoiceScope } from "@/lib/scopes/billing";
import { balanceDueCents, invoiceState, paidCents, type InvoiceState } from "./payment-rules";
import { invoiceHeadSelect, invoiceTotalsSelect } from "./invoice-select";

/**
 * The one list of invoices, for the participant's "Factures", the company's and
 * the organization's "Factures à régler": the same figures everywhere, only the
 * scope (lib/scopes/billing: invoiceScope) differs. One query.
 */
export type InvoiceSummary = {
  id: string;
  number: string;
  issuedAt: Date;
  dueAt: Date;
  status: InvoiceStatus;
  state: InvoiceState;
  buyerName: string;
  orderId: string;
  orderReference: string;
  organizationName: string;
  totalExclVatCents: number;
  totalVatCents: number;
  totalInclVatCents: number;
  paidCents: number;
  remainingCents: number;
};

export type InvoiceListOptions = {
  /** Only the invoices issued and not yet settled (the organization's "à régler"). */
  unpaidOnly?: boolean;
  /** Issued within [from, to) (a period's export). */
  issued?: { from: Date; to: Date };
  take?: number;
  now?: Date;
};

export async function listInvoices(
  scope: InvoiceScope,
  options: InvoiceListOptions = {},
): Promise<InvoiceSummary[]> {
  const now = options.now ?? new Date();
  const db = await getDb();
  const invoices = await db.invoice.findMany({
    where: {
      AND: [
        scope,
        options.unpaidOnly ? { status: "ISSUED" } : {},
        options.issued ? { issuedAt: { gte: options.issued.from, lt: options.issued.to } } : {},
      ],
    },
    select: {
      ...invoiceHeadSelect,
      buyerName: true,
      ...invoiceTotalsSelect,
      order: { select: { id: true, reference: true } },
      organization: { select: { name: true } },
      payments: { select: { amountCents: true } },
    },
    orderBy: [{ issuedAt: "desc" }, { number: "desc" }],
    take: options.take,
  });
  return invoices.map((i) => {
    const paid = paidCents(i.payments);
    return {
      id: i.id,
      number: i.number,
      issuedAt: i.issuedAt,
      dueAt: i.dueAt,
      status: i.status,
      state: invoiceState(i, paid, now),
      buyerName: i.buyerName,
      orderId: i.order.id,
      orderReference: i.order.reference,
      organizationName: i.organization.name,
      totalExclVatCents: i.totalExclVatCents,
      totalVatCents: i.totalVatCents,
      totalInclVatCents: i.totalInclVatCents,
      paidCents: paid,
      remainingCents: balanceDueCents(i),
    };
  });
}
