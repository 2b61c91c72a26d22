import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db";
import type { OrderStatus } from "@/lib/db/generated/enums";
import { billingOrderWhere } from "./access";
import { lineTotals, orderTotals, vatByRate, type VatRateTotal } from "./amounts";
import { lineSession, lineSessionSelect, type LineSession } from "./line-session";
import { isRecordId } from "@/lib/db/record-id";
import { invoiceState, paidCents, remainingDueCents, type InvoiceState } from "./payment-rules";

export type OrderDetails = {
  id: string;
  reference: string;
  orderedAt: Date;
  paidAt: Date | null;
  status: OrderStatus;
  payer: { kind: "company" | "self"; name: string };
  organization: { name: string; legalName: string; addressLines: string[]; email: string };
  lines: {
    id: string;
    description: string;
    /** Null when the registration it paid for was deleted: the description stays. */
    session: LineSession | null;
    quantity: number;
    unitPriceExclVatCents: number;
    vatRateBasisPoints: number;
    exclVat: number;
    vat: number;
    inclVat: number;
  }[];
  totals: { exclVat: number; vat: number; inclVat: number };
  vatByRate: VatRateTotal[];
  invoices: {
    id: string;
    number: string;
    issuedAt: Date;
    dueAt: Date;
    state: InvoiceState;
    totalInclVatCents: number;
    remainingCents: number;
  }[];
};

/**
 * One order with its lines, sessions and invoices, in one query; null (then
 * 404) when it does not exist or is not the viewer's to see (lib/billing/access.ts).
 */
export async function getOrderDetails(
  viewer: Viewer,
  orderId: string,
  now: Date = new Date(),
): Promise<OrderDetails | null> {
  const allowed = billingOrderWhere(viewer);
  if (!allowed || !isRecordId(orderId)) return null;
  const db = await getDb();
  const order = await db.order.findFirst({
    where: { AND: [{ id: orderId }, allowed] },
    select: {
      id: true,
      reference: true,
      orderedAt: true,
      paidAt: true,
      status: true,
      company: { select: { name: true } },
      participant: { select: { user: { select: { firstName: true, lastName: true } } } },
      organization: {
        select: {
          name: true,
          legalName: true,
          addressLine1: true,
          addressLine2: true,
          postalCode: true,
          city: true,
          email: true,
        },
      },
      lines: {
        select: {
          id: true,
          description: true,
          quantity: true,
          unitPriceExclVatCents: true,
          vatRateBasisPoints: true,
          registration: { select: lineSessionSelect },
        },
        orderBy: { id: "asc" },
      },
      invoices: {
        select: {
          id: true,
          number: true,
          issuedAt: true,
          dueAt: true,
          status: true,
          totalInclVatCents: true,
          payments: { select: { amountCents: true } },
        },
        orderBy: [{ issuedAt: "asc" }, { number: "asc" }],
      },
    },
  });
  if (!order) return null;
  const o = order.organization;
  return {
    id: order.id,
    reference: order.reference,
    orderedAt: order.orderedAt,
    paidAt: order.paidAt,
    status: order.status,
    payer: order.company
      ? { kind: "company", name: order.company.name }
      : {
          kind: "self",
          name: order.participant
            ? `${order.participant.user.firstName} ${order.participant.user.lastName}`
            : "",
        },
    organization: {
      name: o.name,
      legalName: o.legalName,
      addressLines: [o.addressLine1, o.addressLine2, `${o.postalCode} ${o.city}`].filter(
        (l): l is string => Boolean(l),
      ),
      email: o.email,
    },
    lines: order.lines.map((line) => ({
      id: line.id,
      description: line.description,
      session: line.registration ? lineSession(line.registration, now) : null,
      quantity: line.quantity,
      unitPriceExclVatCents: line.unitPriceExclVatCents,
      vatRateBasisPoints: line.vatRateBasisPoints,
      ...lineTotals(line),
    })),
    totals: orderTotals(order.lines),
    vatByRate: vatByRate(order.lines),
    invoices: order.invoices.map((i) => ({
      id: i.id,
      number: i.number,
      issuedAt: i.issuedAt,
      dueAt: i.dueAt,
      state: invoiceState(i, paidCents(i.payments), now),
      totalInclVatCents: i.totalInclVatCents,
      remainingCents:
        i.status === "CANCELLED" ? 0 : remainingDueCents(i.totalInclVatCents, i.payments),
    })),
  };
}
