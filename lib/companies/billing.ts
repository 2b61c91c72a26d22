import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { orderTotals } from "@/lib/billing/amounts";
import {
  invoiceState,
  paidCents,
  remainingDueCents,
  type InvoiceState,
} from "@/lib/billing/payment-rules";
import { getDb } from "@/lib/db";
import type { OrderStatus } from "@/lib/db/generated/enums";
import { requireCompanyPermission } from "./authorize";

/*
 * The company's orders and invoices: those it pays (Order.companyId). The
 * amounts and states come from lib/billing's rules, so that the company sees
 * the figures its collaborators and the organization see.
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

/** Null without orders.view in the company. One query. */
export async function listCompanyOrders(
  viewer: Viewer,
  companyId: string,
): Promise<CompanyOrder[] | null> {
  if (!requireCompanyPermission(viewer, companyId, "orders.view")) return null;
  const db = await getDb();
  const orders = await db.order.findMany({
    where: { companyId },
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

export type CompanyInvoice = {
  id: string;
  number: string;
  issuedAt: Date;
  dueAt: Date;
  state: InvoiceState;
  orderReference: string;
  organizationName: string;
  totalInclVatCents: number;
  paidCents: number;
  remainingCents: number;
};

/** Null without invoices.view in the company. One query. */
export async function listCompanyInvoices(
  viewer: Viewer,
  companyId: string,
  now: Date = new Date(),
): Promise<CompanyInvoice[] | null> {
  if (!requireCompanyPermission(viewer, companyId, "invoices.view")) return null;
  const db = await getDb();
  const invoices = await db.invoice.findMany({
    where: { order: { companyId } },
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
    orderBy: [{ issuedAt: "desc" }, { number: "desc" }],
  });
  return invoices.map((i) => {
    const paid = paidCents(i.payments);
    return {
      id: i.id,
      number: i.number,
      issuedAt: i.issuedAt,
      dueAt: i.dueAt,
      state: invoiceState(i, paid, now),
      orderReference: i.order.reference,
      organizationName: i.organization.name,
      totalInclVatCents: i.totalInclVatCents,
      paidCents: paid,
      remainingCents:
        i.status === "CANCELLED" ? 0 : remainingDueCents(i.totalInclVatCents, i.payments),
    };
  });
}
