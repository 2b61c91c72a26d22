import "server-only";
import { getDb } from "@/lib/db";
import type { OrderStatus } from "@/lib/db/generated/enums";
import { lineTotals, orderTotals, vatByRate, type VatRateTotal } from "./amounts";
import { lineSession, lineSessionSelect, type LineSession } from "./line-session";
import { isRecordId } from "@/lib/db/record-id";
import type { OrderScope } from "@/lib/scopes/billing";
import { balanceDueCents, invoiceState, paidCents, type InvoiceState } from "./payment-rules";
import { invoiceHeadSelect } from "./invoice-select";

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
 * 404) when it does not exist or is outside the scope (lib/scopes/billing: orderScope).
 */
export async function getOrderDetails(
  scope: OrderScope | null,
  orderId: string,
  now: Date = new Date(),
): Promise<OrderDetails | null> {
  if (!scope || !isRecordId(orderId)) return null;
  const db = await getDb();
  const order = await db.order.findFirst({
    where: { AND: [{ id: orderId }, scope] },
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
          ...invoiceHeadSelect,
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
      remainingCents: balanceDueCents(i),
    })),
  };
}
