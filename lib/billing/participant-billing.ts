import "server-only";
import type { ParticipantViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db";
import type { InvoiceStatus, OrderStatus } from "@/lib/db/generated/enums";
import { concernsParticipant } from "./access";
import { orderTotals } from "./amounts";
import { invoiceState, paidCents, remainingDueCents, type InvoiceState } from "./payment-rules";

/**
 * The participant space's lists: the orders and invoices that concern the
 * participant (lib/billing/access.ts), each in one query.
 */
export type OrderSummary = {
  id: string;
  reference: string;
  orderedAt: Date;
  status: OrderStatus;
  payer: string;
  organizationName: string;
  /** The sessions the order pays for, once each (a firm may register several collaborators). */
  sessions: { title: string; reference: string }[];
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
      lines: {
        select: {
          quantity: true,
          unitPriceExclVatCents: true,
          vatRateBasisPoints: true,
          description: true,
          registration: {
            select: {
              session: { select: { reference: true, course: { select: { title: true } } } },
            },
          },
        },
        orderBy: { id: "asc" },
      },
    },
    orderBy: [{ orderedAt: "desc" }, { reference: "desc" }],
  });
  return orders.map((o) => {
    const totals = orderTotals(o.lines);
    const sessions = new Map<string, { title: string; reference: string }>();
    for (const line of o.lines) {
      const session = line.registration?.session;
      // A line whose registration was deleted keeps its printed description.
      const entry = session
        ? { title: session.course.title, reference: session.reference }
        : { title: line.description, reference: "" };
      sessions.set(`${entry.reference}|${entry.title}`, entry);
    }
    return {
      id: o.id,
      reference: o.reference,
      orderedAt: o.orderedAt,
      status: o.status,
      payer: o.company?.name ?? "Vous-même",
      organizationName: o.organization.name,
      sessions: [...sessions.values()],
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
  state: InvoiceState;
  orderId: string;
  orderReference: string;
  organizationName: string;
  totalInclVatCents: number;
  paidCents: number;
  remainingCents: number;
};

export async function listMyInvoices(
  viewer: ParticipantViewer,
  now: Date = new Date(),
): Promise<InvoiceSummary[]> {
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
      order: { select: { id: true, reference: true } },
      organization: { select: { name: true } },
      payments: { select: { amountCents: true } },
    },
    orderBy: [{ issuedAt: "desc" }, { number: "desc" }],
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
      orderId: i.order.id,
      orderReference: i.order.reference,
      organizationName: i.organization.name,
      totalInclVatCents: i.totalInclVatCents,
      paidCents: paid,
      remainingCents:
        i.status === "CANCELLED" ? 0 : remainingDueCents(i.totalInclVatCents, i.payments),
    };
  });
}
