import "server-only";
import { orderTotals } from "@/lib/billing/amounts";
import { getDb } from "@/lib/db";
import type { OrderStatus } from "@/lib/db/generated/enums";
import type { OrderScope } from "@/lib/scopes/billing";

/*
 * The company's orders: those it pays (lib/scopes/billing: orderScope). The
 * amounts come from lib/billing's rules, so that the company sees the figures
 * its collaborators and the organization see. Its invoices: lib/billing/invoice-list.
 */

export type CompanyOrder = {
  id: string;
  reference: string;
  orderedAt: Date;
  status: OrderStatus;
  organizationName: string;
  /** One entry per line: the session and the collaborator it is for. */
  lines: { description: string; participantName: string | null }[];
  totalExclVatCents: number;
  totalInclVatCents: number;
};

/** One query. */
export async function listCompanyOrders(scope: OrderScope): Promise<CompanyOrder[]> {
  const db = await getDb();
  const orders = await db.order.findMany({
    where: scope,
    select: {
      id: true,
      reference: true,
      orderedAt: true,
      status: true,
      organization: { select: { name: true } },
      lines: {
        select: {
          description: true,
          quantity: true,
          unitPriceExclVatCents: true,
          vatRateBasisPoints: true,
          registration: {
            select: {
              session: { select: { reference: true, course: { select: { title: true } } } },
              participant: { select: { user: { select: { firstName: true, lastName: true } } } },
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
    return {
      id: o.id,
      reference: o.reference,
      orderedAt: o.orderedAt,
      status: o.status,
      organizationName: o.organization.name,
      lines: o.lines.map((l) => {
        const r = l.registration;
        return {
          // A line whose registration was deleted keeps its printed description.
          description: r
            ? `${r.session.course.title} (Réf. ${r.session.reference})`
            : l.description,
          participantName: r
            ? `${r.participant.user.firstName} ${r.participant.user.lastName}`
            : null,
        };
      }),
      totalExclVatCents: totals.exclVat,
      totalInclVatCents: totals.inclVat,
    };
  });
}
