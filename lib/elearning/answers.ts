import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { writeAudit } from "@/lib/audit/log";
import { getDb } from "@/lib/db";
import { publicBaseUrl } from "@/lib/http/public-url";
import { elearningQuestionAnsweredMail } from "@/lib/mail/messages";
import { queueNotice } from "@/lib/notifications/notice";
import type { RegistrationScope } from "@/lib/scopes/registrations";

/*
 * Answering and closing a participant's question on an e-learning module, for
 * whoever may read its registration (the organization's staff, the session's
 * trainer: the caller passes its registration scope). The participant reads
 * the answer on the module page and is told by e-mail, as "Mes notifications"
 * lets them choose (category E-learning).
 */
export type QuestionOutcome = { ok: true } | { ok: false; field?: "answer"; message: string };

const questionSelect = {
  id: true,
  body: true,
  answer: true,
  closedAt: true,
  registrationId: true,
  module: { select: { title: true } },
  registration: {
    select: {
      session: { select: { organizationId: true } },
      participant: {
        select: {
          user: { select: { id: true, email: true, firstName: true, anonymizedAt: true } },
        },
      },
    },
  },
} as const;

/** Null when the question is not reachable through `registrations` (then 404). */
export async function answerElearningQuestionAs(
  viewer: Pick<Viewer, "id">,
  registrations: RegistrationScope,
  input: { questionId: string; answer: string; close?: boolean },
  now: Date = new Date(),
): Promise<QuestionOutcome | null> {
  const db = await getDb();
  const result = await db.$transaction(async (tx) => {
    const question = await tx.elearningQuestion.findFirst({
      where: { id: input.questionId, registration: registrations },
      select: questionSelect,
    });
    if (!question) return null;
    if (question.closedAt) {
      return {
        ok: false as const,
        message: "Cette question est close : elle ne reçoit plus de réponse.",
      };
    }
    // The update is conditional: of two answers sent at once to an open question, both land, the last wins;
    // a question closed in between is not reopened.
    const updated = await tx.elearningQuestion.updateMany({
      where: { id: question.id, closedAt: null },
      data: {
        answer: input.answer,
        answeredById: viewer.id,
        answeredAt: now,
        ...(input.close ? { closedAt: now } : {}),
      },
    });
    if (updated.count === 0) {
      return {
        ok: false as const,
        message: "Cette question est close : elle ne reçoit plus de réponse.",
      };
    }
    await writeAudit(tx, {
      actorUserId: viewer.id,
      organizationId: question.registration.session.organizationId,
      action: "elearning_question.answered",
      entityType: "ElearningQuestion",
      entityId: question.id,
      data: { closed: Boolean(input.close) },
      at: now,
    });
    return { ok: true as const, question };
  });
  if (!result) return null;
  if (!result.ok) return { ok: false, field: "answer", message: result.message };
  const { question } = result;
  const user = question.registration.participant.user;
  if (!user.anonymizedAt) {
    const base = publicBaseUrl();
    queueNotice({
      kind: "elearningQuestionAnswered",
      label: "réponse à une question e-learning",
      userId: user.id,
      registrationId: question.registrationId,
      build: async () =>
        elearningQuestionAnsweredMail({
          to: user.email,
          firstName: user.firstName,
          moduleTitle: question.module.title,
          question: question.body,
          answer: input.answer,
          closed: Boolean(input.close),
          link: `${base}/sessions/${question.registrationId}/module`,
        }),
    });
  }
  return { ok: true };
}

/** Marks an answered question closed. Null when not reachable through `registrations`. */
export async function closeElearningQuestionAs(
  viewer: Pick<Viewer, "id">,
  registrations: RegistrationScope,
  input: { questionId: string },
  now: Date = new Date(),
): Promise<QuestionOutcome | null> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const question = await tx.elearningQuestion.findFirst({
      where: { id: input.questionId, registration: registrations },
      select: {
        id: true,
        answer: true,
        closedAt: true,
        registration: { select: { session: { select: { organizationId: true } } } },
      },
    });
    if (!question) return null;
    if (question.closedAt) return { ok: false as const, message: "Cette question est déjà close." };
    if (!question.answer) {
      return { ok: false as const, message: "Répondez à la question avant de la clore." };
    }
    await tx.elearningQuestion.update({ where: { id: question.id }, data: { closedAt: now } });
    await writeAudit(tx, {
      actorUserId: viewer.id,
      organizationId: question.registration.session.organizationId,
      action: "elearning_question.closed",
      entityType: "ElearningQuestion",
      entityId: question.id,
      at: now,
    });
    return { ok: true as const };
  });
}
