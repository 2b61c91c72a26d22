import "server-only";
import type { ParticipantViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db";
import type { InvoiceStatus, OrderStatus } from "@/lib/db/generated/enums";
import { orderTotals } from "./amounts";

/**
 * The orders that concern a participant: those they paid themselves and those
 * their company placed for their own registrations.
 */
function concernsParticipant(participantId: string) {
  return { OR: [{ participantId }, { registrations: { some: { participantId } } }] };
}

export type OrderSummary = {
  id: string;
  reference: string;
  orderedAt: Date;
  status: OrderStatus;
  payer: string;
  organizationName: string;
  totalExclVatCents: number;
  totalInclVatCents: number;
};

export async function listMyOrders(viewer: ParticipantViewer): Promise<OrderSummary[]> {
  const db = await getDb();
  const orders = await db.order.findMany({
    where: concernsParticipant(viewer.participantId),
    select: {
      id: true,
      reference: true,
      orderedAt: true,
      status: true,
      company: { select: { name: true } },
      organization: { select: { name: true } },
      lines: { select: { quantity: true, unitPriceExclVatCents: true, vatRateBasisPoints: true } },
    },
    orderBy: { orderedAt: "desc" },
  });
  return orders.map((o) => {
    const totals = orderTotals(o.lines);
    return {
      id: o.id,
      reference: o.reference,
      orderedAt: o.orderedAt,
      status: o.status,
      payer: o.company?.name ?? "Vous-même",
      organizationName: o.organization.name,
      totalExclVatCents: totals.exclVat,
      totalInclVatCents: totals.inclVat,
    };
  });
}

export type InvoiceSummary = {
  id: string;
  number: string;
  issuedAt: Date;
  dueAt: Date;
  status: InvoiceStatus;
  orderReference: string;
  organizationName: string;
  totalInclVatCents: number;
  paidCents: number;
};

export async function listMyInvoices(viewer: ParticipantViewer): Promise<InvoiceSummary[]> {
  const db = await getDb();
  const invoices = await db.invoice.findMany({
    where: { order: concernsParticipant(viewer.participantId) },
    select: {
      id: true,
      number: true,
      issuedAt: true,
      dueAt: true,
      status: true,
      totalInclVatCents: true,
      order: { select: { reference: true } },
      organization: { select: { name: true } },
      payments: { select: { amountCents: true } },
    },
    orderBy: { issuedAt: "desc" },
  });
  return invoices.map((i) => ({
    id: i.id,
    number: i.number,
    issuedAt: i.issuedAt,
    dueAt: i.dueAt,
    status: i.status,
    orderReference: i.order.reference,
    organizationName: i.organization.name,
    totalInclVatCents: i.totalInclVatCents,
    paidCents: i.payments.reduce((sum, p) => sum + p.amountCents, 0),
  }));
}
