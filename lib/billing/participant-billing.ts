import "server-only";
import type { ParticipantViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db";
import type { OrderStatus } from "@/lib/db/generated/enums";
import { participantActor } from "@/lib/scopes/actor";
import { orderScope } from "@/lib/scopes/billing";
import { orderTotals } from "./amounts";

/**
 * The participant space's list of orders: those that concern the participant
 * (lib/scopes/billing: orderScope), in one query. Invoices: lib/billing/invoice-list.
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
    where: orderScope(participantActor(viewer)),
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
