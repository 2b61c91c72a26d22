import { writeAudit } from "@/lib/audit/log";
import type { Prisma, PrismaClient } from "@/lib/db/generated/client";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import {
  InvoiceStatus,
  OrderStatus,
  PaymentMethod,
  RegistrationStatus,
} from "@/lib/db/generated/enums";
import { paymentAmountRefusal, paymentDateRefusal, remainingDueCents } from "./payment-rules";
import { isRecordId } from "@/lib/db/record-id";

/*
 * No "server-only" here: the organization's back office calls it from a
 * server action, and the seed and scripts call it from plain Node.
 */

export type RecordPaymentInput = {
  invoiceId: string;
  amountCents: number;
  method: PaymentMethod;
  paidAt: Date;
  /** The bank's or the cheque's reference, as printed on the statement. */
  reference?: string | null;
  recordedById?: string | null;
  /** The same key twice stores one payment: a retried request (double click, network retry) is harmless. */
  idempotencyKey?: string | null;
};

export type RecordedPayment = {
  payment: {
    id: string;
    invoiceId: string;
    amountCents: number;
    method: PaymentMethod;
    paidAt: Date;
    reference: string | null;
    idempotencyKey: string | null;
  };
  /** True when an earlier call with the same idempotency key had stored the payment. */
  replayed: boolean;
  invoiceStatus: InvoiceStatus;
  remainingCents: number;
  orderStatus: OrderStatus;
  /** Registrations whose e-learning access this payment opened. */
  openedElearningRegistrationIds: string[];
};

type RefusedField =
  "invoiceId" | "amountCents" | "method" | "paidAt" | "reference" | "idempotencyKey";

/** Bad input, said in French for the person recording the payment; nothing was written. */
export class PaymentRefusedError extends Error {
  constructor(
    message: string,
    readonly field: RefusedField,
  ) {
    super(message);
    this.name = "PaymentRefusedError";
  }
}

// Payments on the same invoice queue on its row lock (and PGlite runs one
// transaction at a time): waiting for our turn is normal, not an error.
const TRANSACTION_OPTIONS = { maxWait: 30_000, timeout: 15_000 };

const paymentSelect = {
  id: true,
  invoiceId: true,
  amountCents: true,
  method: true,
  paidAt: true,
  reference: true,
  idempotencyKey: true,
} as const;

/** Registrations that still may follow their training (not cancelled or refused) get access. */
const LIVE_REGISTRATIONS = [RegistrationStatus.PENDING, RegistrationStatus.CONFIRMED];

function optionalText(value: string | null | undefined, field: RefusedField, max: number) {
  const text = value?.trim() || null;
  if (text && text.length > max) {
    throw new PaymentRefusedError(`Ce champ ne doit pas dépasser ${max} caractères.`, field);
  }
  return text;
}

/**
 * Records a payment (règlement) against an invoice, in one transaction:
 *
 * - the invoice row is locked first, so two payments on one invoice cannot
 *   both fit in what remains due, and a retry with the same idempotency key
 *   finds the first one and returns it instead of paying twice;
 * - the amount must be more than zero and at most what remains due;
 * - an invoice paid in full becomes PAID; when every invoice of its order is
 *   paid (cancelled ones aside), the order becomes PAID on the date of the
 *   last money received, and its e-learning registrations without access get
 *   it from that date (guide rule 9: "ACCÉDER AU MODULE" once the order is
 *   paid), or from the session's opening when it has not opened yet;
 * - the audit log keeps "payment.recorded" (and "order.paid").
 *
 * Throws PaymentRefusedError (French message, nothing written) for bad input.
 */
export async function recordPayment(
  db: PrismaClient,
  input: RecordPaymentInput,
  options: { now?: Date } = {},
): Promise<RecordedPayment> {
  const now = options.now ?? new Date();
  if (!isRecordId(input.invoiceId)) {
    throw new PaymentRefusedError("Facture introuvable.", "invoiceId");
  }
  if (!Object.values(PaymentMethod).includes(input.method)) {
    throw new PaymentRefusedError("Mode de règlement inconnu.", "method");
  }
  const dateRefusal = paymentDateRefusal(input.paidAt, now);
  if (dateRefusal) throw new PaymentRefusedError(dateRefusal, "paidAt");
  // Amounts are checked against what remains due inside the transaction; the
  // shape of the number can be refused before opening one.
  const shapeRefusal = paymentAmountRefusal(input.amountCents, Number.MAX_SAFE_INTEGER);
  if (shapeRefusal) throw new PaymentRefusedError(shapeRefusal, "amountCents");
  const reference = optionalText(input.reference, "reference", 200);
  const idempotencyKey = optionalText(input.idempotencyKey, "idempotencyKey", 200);

  try {
    return await db.$transaction(async (tx) => {
      const locked = await tx.$queryRaw<{ id: string }[]>`
        SELECT "id" FROM "Invoice" WHERE "id" = ${input.invoiceId} FOR UPDATE`;
      if (locked.length === 0) throw new PaymentRefusedError("Facture introuvable.", "invoiceId");

      if (idempotencyKey) {
        const existing = await tx.payment.findUnique({
          where: { idempotencyKey },
          select: paymentSelect,
        });
        if (existing) return replay(tx, existing, input);
      }

      const invoice = await tx.invoice.findUniqueOrThrow({
        where: { id: input.invoiceId },
        select: {
          id: true,
          number: true,
          status: true,
          organizationId: true,
          totalInclVatCents: true,
          payments: { select: { amountCents: true, paidAt: true } },
          order: {
            select: {
              id: true,
              reference: true,
              status: true,
              companyId: true,
              invoices: {
                where: { id: { not: input.invoiceId } },
                select: { status: true, payments: { select: { paidAt: true } } },
              },
            },
          },
        },
      });
      if (invoice.status === InvoiceStatus.CANCELLED) {
        throw new PaymentRefusedError(
          "Cette facture est annulée : elle ne peut pas recevoir de règlement.",
          "invoiceId",
        );
      }
      const remaining = remainingDueCents(invoice.totalInclVatCents, invoice.payments);
      const amountRefusal = paymentAmountRefusal(input.amountCents, remaining);
      if (amountRefusal) throw new PaymentRefusedError(amountRefusal, "amountCents");

      const payment = await tx.payment.create({
        data: {
          invoiceId: invoice.id,
          amountCents: input.amountCents,
          method: input.method,
          paidAt: input.paidAt,
          reference,
          recordedById: input.recordedById ?? null,
          idempotencyKey,
        },
        select: paymentSelect,
      });
      const { order } = invoice;
      const audit = {
        actorUserId: input.recordedById ?? null,
        organizationId: invoice.organizationId,
        companyId: order.companyId,
      };
      await writeAudit(tx, {
        ...audit,
        action: "payment.recorded",
        entityType: "Payment",
        entityId: payment.id,
        data: {
          invoiceNumber: invoice.number,
          orderReference: order.reference,
          amountCents: payment.amountCents,
          method: payment.method,
        },
      });

      const remainingCents = remaining - input.amountCents;
      let invoiceStatus = invoice.status;
      if (remainingCents === 0 && invoiceStatus !== InvoiceStatus.PAID) {
        await tx.invoice.update({
          where: { id: invoice.id },
          data: { status: InvoiceStatus.PAID },
        });
        invoiceStatus = InvoiceStatus.PAID;
      }

      let orderStatus = order.status;
      let opened: string[] = [];
      const othersSettled = order.invoices.every(
        (i) => i.status === InvoiceStatus.PAID || i.status === InvoiceStatus.CANCELLED,
      );
      if (
        invoiceStatus === InvoiceStatus.PAID &&
        othersSettled &&
        order.status === OrderStatus.AWAITING_PAYMENT
      ) {
        // The order is paid when its last money arrived, whatever order the payments were keyed in.
        const paidAt = latest([
          payment.paidAt,
          ...invoice.payments.map((p) => p.paidAt),
          ...order.invoices
            .filter((i) => i.status === InvoiceStatus.PAID)
            .flatMap((i) => i.payments.map((p) => p.paidAt)),
        ]);
        await tx.order.update({
          where: { id: order.id },
          data: { status: OrderStatus.PAID, paidAt },
        });
        orderStatus = OrderStatus.PAID;
        opened = await openElearningAccess(tx, order.id, paidAt);
        await writeAudit(tx, {
          ...audit,
          at: paidAt,
          action: "order.paid",
          entityType: "Order",
          entityId: order.id,
          data: { orderReference: order.reference, elearningOpened: opened.length },
        });
      }

      return {
        payment,
        replayed: false,
        invoiceStatus,
        remainingCents,
        orderStatus,
        openedElearningRegistrationIds: opened,
      };
    }, TRANSACTION_OPTIONS);
  } catch (error) {
    // Two calls with the same key at the same moment on different invoices:
    // the unique index stops the second; it answers like a retry.
    if (idempotencyKey && isUniqueViolation(error)) {
      const existing = await db.payment.findUnique({
        where: { idempotencyKey },
        select: paymentSelect,
      });
      if (existing) return replay(db, existing, input);
    }
    throw error;
  }
}

/**
 * E-learning access opens at payment and lasts the session's access days;
 * bought before the session's window opens, it starts with the window (as
 * the demo data has it). Registrations that already have a start keep it.
 */
async function openElearningAccess(
  tx: Prisma.TransactionClient,
  orderId: string,
  paidAt: Date,
): Promise<string[]> {
  const registrations = await tx.registration.findMany({
    where: {
      orderId,
      elearningAccessStartsAt: null,
      status: { in: LIVE_REGISTRATIONS },
      session: { modality: "ELEARNING" },
    },
    select: { id: true, session: { select: { startsAt: true } } },
  });
  const byStart = new Map<number, string[]>();
  for (const r of registrations) {
    const start = Math.max(paidAt.getTime(), r.session.startsAt.getTime());
    byStart.set(start, [...(byStart.get(start) ?? []), r.id]);
  }
  for (const [start, ids] of byStart) {
    await tx.registration.updateMany({
      // Guarded again: a concurrent write that opened it first wins.
      where: { id: { in: ids }, elearningAccessStartsAt: null },
      data: { elearningAccessStartsAt: new Date(start) },
    });
  }
  return registrations.map((r) => r.id);
}

/** The stored payment of an earlier call with the same key, with the invoice and order as they are now. */
async function replay(
  db: Prisma.TransactionClient,
  existing: RecordedPayment["payment"],
  input: RecordPaymentInput,
): Promise<RecordedPayment> {
  if (existing.invoiceId !== input.invoiceId || existing.amountCents !== input.amountCents) {
    throw new PaymentRefusedError(
      "Cette clé d'idempotence a déjà servi pour un autre règlement.",
      "idempotencyKey",
    );
  }
  const invoice = await db.invoice.findUniqueOrThrow({
    where: { id: existing.invoiceId },
    select: {
      status: true,
      totalInclVatCents: true,
      payments: { select: { amountCents: true } },
      order: { select: { status: true } },
    },
  });
  return {
    payment: existing,
    replayed: true,
    invoiceStatus: invoice.status,
    remainingCents: remainingDueCents(invoice.totalInclVatCents, invoice.payments),
    orderStatus: invoice.order.status,
    openedElearningRegistrationIds: [],
  };
}

function latest(dates: readonly Date[]): Date {
  return new Date(Math.max(...dates.map((d) => d.getTime())));
}
