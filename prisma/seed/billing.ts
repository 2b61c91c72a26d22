import { orderTotals } from "../../lib/billing/amounts";
import {
  InvoiceStatus,
  OrderStatus,
  PaymentMethod,
  RegistrationStatus,
} from "../../lib/db/generated/enums";
import { addDaysTo, between, earliest } from "./clock";
import { newId, type OrderPlan, type SeedContext } from "./plan";
import type { Rng } from "./random";

type DraftInvoice = {
  id: string;
  order: OrderPlan;
  issuedAt: Date;
  year: number;
};

const ACTIVE = new Set<RegistrationStatus>([
  RegistrationStatus.PENDING,
  RegistrationStatus.CONFIRMED,
]);

/**
 * Order references as the guide shows them, "C20042300006": organization code,
 * month and year of the order, then a counter per organization and month.
 */
function assignOrderReferences(ctx: SeedContext, orders: OrderPlan[]): void {
  const taken = new Set(orders.map((o) => o.reference).filter((r): r is string => r !== null));
  const counters = new Map<string, number>();
  for (const order of [...orders].sort((a, b) => a.orderedAt.getTime() - b.orderedAt.getTime())) {
    if (order.reference) continue;
    const year = ctx.clock.yearOf(order.orderedAt);
    const month = new Intl.DateTimeFormat("en-GB", {
      timeZone: "Europe/Paris",
      month: "2-digit",
    }).format(order.orderedAt);
    const key = `${order.org.code}${month}${String(year % 100).padStart(2, "0")}`;
    for (;;) {
      const n = (counters.get(key) ?? 0) + 1;
      counters.set(key, n);
      const reference = `C${key}${String(n).padStart(5, "0")}`;
      if (!taken.has(reference)) {
        taken.add(reference);
        order.reference = reference;
        break;
      }
    }
  }
}

function lineDescription(order: OrderPlan, index: number): string {
  const r = order.registrations[index];
  if (!r) return "";
  return `${r.session.course.title} – Réf. ${r.session.reference} – ${r.participant.firstName} ${r.participant.lastName}`;
}

/**
 * Orders, their lines, invoices and payments. An invoice is issued when the
 * organization confirms the first registration of the order; invoice numbers
 * are given afterwards in issue order so that each organization's sequence for
 * a year has no gap (French invoicing rule), and InvoiceSequence ends where
 * the numbering stopped.
 */
export function emitBilling(ctx: SeedContext, rng: Rng, orders: OrderPlan[]): void {
  const { clock } = ctx;
  assignOrderReferences(ctx, orders);
  const drafts: DraftInvoice[] = [];

  for (const order of orders) {
    if (order.registrations.length === 0) throw new Error(`Commande vide : ${order.reference}`);
    const lines = order.registrations.map((r, index) => ({
      id: newId(),
      orderId: order.id,
      registrationId: r.id,
      description: lineDescription(order, index),
      quantity: 1,
      unitPriceExclVatCents: r.session.course.priceCents,
      vatRateBasisPoints: r.session.course.vatRateBasisPoints,
    }));
    ctx.rows.orderLine.push(...lines);

    const active = order.registrations.filter((r) => ACTIVE.has(r.status));
    const confirmations = order.registrations
      .map((r) => r.confirmedAt)
      .filter((d): d is Date => d !== null);
    const firstConfirmation = confirmations.length > 0 ? earliest(...confirmations) : null;
    const cancelled = active.length === 0;
    const buyerName =
      order.company?.name ??
      `${order.payer?.firstName ?? ""} ${order.payer?.lastName ?? ""}`.trim();
    const buyerAddress = order.company?.address ?? order.payer?.billingAddress ?? "";
    const companyId = order.company?.id ?? null;

    let status: OrderStatus = cancelled ? OrderStatus.CANCELLED : OrderStatus.AWAITING_PAYMENT;
    let paidAt: Date | null = null;

    if (firstConfirmation) {
      const invoiceId = newId();
      // A cancelled order keeps the invoice it had, cancelled; otherwise only live registrations are billed.
      const billed = cancelled
        ? lines
        : lines.filter((_, index) =>
            ACTIVE.has(order.registrations[index]?.status ?? RegistrationStatus.CANCELLED),
          );
      const totals = orderTotals(billed);
      const issuedAt = firstConfirmation;
      let invoiceStatus: InvoiceStatus = cancelled ? InvoiceStatus.CANCELLED : InvoiceStatus.ISSUED;
      if (!cancelled && order.payment !== "unpaid") {
        const paymentAt =
          order.paidAt ??
          clock.notAfterNow(
            between(issuedAt, earliest(addDaysTo(issuedAt, 45), clock.now), rng.float(0.1, 0.9)),
          );
        const method = order.company
          ? rng.weighted<PaymentMethod>([
              [PaymentMethod.BANK_TRANSFER, 70],
              [PaymentMethod.DIRECT_DEBIT, 20],
              [PaymentMethod.CHEQUE, 10],
            ])
          : rng.weighted<PaymentMethod>([
              [PaymentMethod.CARD, 80],
              [PaymentMethod.BANK_TRANSFER, 20],
            ]);
        const instalments =
          order.payment === "partial"
            ? [Math.round(totals.inclVat * rng.float(0.3, 0.7))]
            : rng.chance(0.1) && totals.inclVat > 50_000
              ? [Math.round(totals.inclVat / 2), totals.inclVat - Math.round(totals.inclVat / 2)]
              : [totals.inclVat];
        instalments.forEach((amountCents, i) => {
          const at = i === 0 ? paymentAt : clock.notAfterNow(addDaysTo(paymentAt, 30));
          const paymentId = newId();
          ctx.rows.payment.push({
            id: paymentId,
            invoiceId,
            amountCents,
            method,
            reference: `${method === PaymentMethod.CARD ? "CB" : method === PaymentMethod.CHEQUE ? "CHQ" : method === PaymentMethod.DIRECT_DEBIT ? "PRLV" : "VIR"}-${order.reference}${instalments.length > 1 ? `-${i + 1}` : ""}`,
            paidAt: at,
            recordedById: rng.pick(order.org.staffUserIds),
            createdAt: at,
          });
          ctx.rows.auditLog.push({
            id: newId(),
            at,
            actorUserId: rng.pick(order.org.staffUserIds),
            organizationId: order.org.id,
            companyId,
            action: "payment.recorded",
            entityType: "Payment",
            entityId: paymentId,
            data: { orderReference: order.reference, amountCents },
          });
          paidAt = at;
        });
        if (order.payment === "paid") {
          status = OrderStatus.PAID;
          invoiceStatus = InvoiceStatus.PAID;
          ctx.rows.auditLog.push({
            id: newId(),
            at: paidAt ?? paymentAt,
            actorUserId: null,
            organizationId: order.org.id,
            companyId,
            action: "order.paid",
            entityType: "Order",
            entityId: order.id,
            data: { orderReference: order.reference, totalInclVatCents: totals.inclVat },
          });
        } else {
          paidAt = null;
        }
      }
      ctx.rows.invoice.push({
        id: invoiceId,
        number: "",
        organizationId: order.org.id,
        orderId: order.id,
        status: invoiceStatus,
        issuedAt,
        dueAt: addDaysTo(issuedAt, 30),
        buyerName,
        buyerAddress,
        totalExclVatCents: totals.exclVat,
        totalVatCents: totals.vat,
        totalInclVatCents: totals.inclVat,
        createdAt: issuedAt,
      });
      billed.forEach((line, index) => {
        ctx.rows.invoiceLine.push({
          id: newId(),
          invoiceId,
          position: index + 1,
          description: line.description,
          quantity: line.quantity,
          unitPriceExclVatCents: line.unitPriceExclVatCents,
          vatRateBasisPoints: line.vatRateBasisPoints,
          totalExclVatCents: line.quantity * line.unitPriceExclVatCents,
        });
      });
      drafts.push({ id: invoiceId, order, issuedAt, year: clock.yearOf(issuedAt) });
    }

    if (cancelled) {
      const closedAt = order.registrations
        .map((r) => r.closedAt)
        .filter((d): d is Date => d !== null);
      ctx.rows.auditLog.push({
        id: newId(),
        at: closedAt.length > 0 ? earliest(...closedAt) : order.orderedAt,
        actorUserId: null,
        organizationId: order.org.id,
        companyId,
        action: "order.cancelled",
        entityType: "Order",
        entityId: order.id,
        data: { orderReference: order.reference },
      });
    }

    ctx.rows.order.push({
      id: order.id,
      reference: order.reference ?? "",
      organizationId: order.org.id,
      companyId,
      participantId: order.company ? null : (order.payer?.id ?? null),
      status,
      orderedAt: order.orderedAt,
      paidAt,
      createdAt: order.orderedAt,
    });
  }

  numberInvoices(ctx, drafts);
}

/** Invoice number printed and unique: the organization's code keeps two organizations' "n° 1" apart. */
export function invoiceNumber(orgCode: string, year: number, n: number): string {
  return `F${year}-${orgCode}-${String(n).padStart(6, "0")}`;
}

function numberInvoices(ctx: SeedContext, drafts: DraftInvoice[]): void {
  const byId = new Map(ctx.rows.invoice.map((row) => [row.id, row]));
  const last = new Map<string, { orgId: string; year: number; n: number }>();
  for (const draft of [...drafts].sort((a, b) => a.issuedAt.getTime() - b.issuedAt.getTime())) {
    const key = `${draft.order.org.id}|${draft.year}`;
    const n = (last.get(key)?.n ?? 0) + 1;
    last.set(key, { orgId: draft.order.org.id, year: draft.year, n });
    const row = byId.get(draft.id);
    if (row) row.number = invoiceNumber(draft.order.org.code, draft.year, n);
    ctx.rows.auditLog.push({
      id: newId(),
      at: draft.issuedAt,
      actorUserId: null,
      organizationId: draft.order.org.id,
      companyId: draft.order.company?.id ?? null,
      action: "invoice.issued",
      entityType: "Invoice",
      entityId: draft.id,
      data: { number: row?.number ?? null, orderReference: draft.order.reference },
    });
  }
  for (const { orgId, year, n } of last.values()) {
    ctx.rows.invoiceSequence.push({ organizationId: orgId, year, lastNumber: n });
  }
}
