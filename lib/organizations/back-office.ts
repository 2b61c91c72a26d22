import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { PaymentRefusedError, recordPayment } from "@/lib/billing/record-payment";
import { getDb } from "@/lib/db";
import type { PaymentMethod } from "@/lib/db/generated/enums";
import { answerElearningQuestionAs, type QuestionOutcome } from "@/lib/elearning/answers";
import {
  staffInvoiceWhere,
  staffOrganizationIds,
  staffRegistrationWhere,
  staffSessionWhere,
} from "./access";

/* E-learning questions, invoices and the audit log of the viewer's organizations. */

export async function listElearningQuestions(viewer: Viewer, options: { answered?: boolean } = {}) {
  const session = staffSessionWhere(viewer);
  if (!session) return [];
  const rows = await (
    await getDb()
  ).elearningQuestion.findMany({
    where: { registration: { session }, answeredAt: options.answered ? { not: null } : null },
    select: {
      id: true,
      body: true,
      answer: true,
      createdAt: true,
      answeredAt: true,
      module: { select: { title: true } },
      registration: {
        select: {
          participant: { select: { user: { select: { firstName: true, lastName: true } } } },
        },
      },
    },
    orderBy: { createdAt: options.answered ? "desc" : "asc" },
    take: 100,
  });
  return rows.map((q) => ({
    id: q.id,
    body: q.body,
    answer: q.answer,
    createdAt: q.createdAt,
    answeredAt: q.answeredAt,
    moduleTitle: q.module.title,
    participantName: `${q.registration.participant.user.firstName} ${q.registration.participant.user.lastName}`,
  }));
}

/**
 * Answers a learner's question (the participant reads it on the module page and
 * is told by e-mail: lib/elearning/answers). Null when not the viewer's.
 */
export async function answerElearningQuestion(
  viewer: Viewer,
  input: { questionId: string; answer: string },
  now: Date = new Date(),
): Promise<QuestionOutcome | null> {
  const registrations = staffRegistrationWhere(viewer);
  if (!registrations) return null;
  return answerElearningQuestionAs(viewer, registrations, input, now);
}

export type StaffPaymentResult =
  | { ok: true; replayed: boolean; remainingCents: number }
  | { ok: false; field: string; message: string };

/**
 * Records a payment through lib/billing (which locks the invoice, checks the
 * amount and audits it). Null when the invoice is not the viewer's.
 */
export async function recordStaffPayment(
  viewer: Viewer,
  input: {
    invoiceId: string;
    amountCents: number;
    method: PaymentMethod;
    paidAt: Date;
    reference?: string | null;
    idempotencyKey?: string | null;
  },
): Promise<StaffPaymentResult | null> {
  const where = staffInvoiceWhere(viewer);
  if (!where) return null;
  const db = await getDb();
  const invoice = await db.invoice.findFirst({
    where: { AND: [where, { id: input.invoiceId }] },
    select: { id: true },
  });
  if (!invoice) return null;
  try {
    const result = await recordPayment(db, { ...input, recordedById: viewer.id });
    return { ok: true, replayed: result.replayed, remainingCents: result.remainingCents };
  } catch (error) {
    if (error instanceof PaymentRefusedError)
      return { ok: false, field: error.field, message: error.message };
    throw error;
  }
}

/** The audit log of the viewer's organizations, newest first (issue 7: who, when, what). */
export async function listAuditEntries(viewer: Viewer, options: { page?: number } = {}) {
  const ids = staffOrganizationIds(viewer);
  if (ids.length === 0) return [];
  const page = Math.max(0, Math.min(options.page ?? 0, 1000));
  const rows = await (
    await getDb()
  ).auditLog.findMany({
    where: { organizationId: { in: ids } },
    select: {
      id: true,
      at: true,
      action: true,
      entityType: true,
      entityId: true,
      data: true,
      actor: { select: { firstName: true, lastName: true } },
    },
    orderBy: { at: "desc" },
    skip: page * 50,
    take: 50,
  });
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    action: r.action,
    entityType: r.entityType,
    entityId: r.entityId,
    data: r.data,
    actorName: r.actor ? `${r.actor.firstName} ${r.actor.lastName}` : "Système",
  }));
}
