"use server";

import { revalidatePath } from "next/cache";
import { ActionNotFound, authenticatedAction } from "@/lib/actions/action-client";
import { failure } from "@/lib/actions/result";
import { recordAttendance, updateCertificateRule } from "@/lib/organizations/attendance";
import { answerElearningQuestion, recordStaffPayment } from "@/lib/organizations/back-office";
import { decideRegistrations, registerByEmail } from "@/lib/organizations/registrations";
import {
  amountToCents,
  answerQuestionSchema,
  attendanceSchema,
  certificateRuleSchema,
  decideRegistrationsSchema,
  paymentSchema,
  registerByEmailSchema,
  sessionLogisticsSchema,
} from "@/lib/organizations/schemas";
import { updateSessionLogistics } from "@/lib/organizations/session-logistics";

const sessionPath = (sessionId: string) => `/organisme/sessions/${sessionId}`;

export const decideRegistrationsAction = authenticatedAction(
  decideRegistrationsSchema,
  async (input, viewer) => {
    const outcomes = await decideRegistrations(viewer, input);
    if (!outcomes) throw new ActionNotFound();
    revalidatePath(sessionPath(input.sessionId));
    return { ok: true, data: outcomes };
  },
);

export const registerByEmailAction = authenticatedAction(
  registerByEmailSchema,
  async (input, viewer) => {
    const result = await registerByEmail(viewer, input);
    if (!result) throw new ActionNotFound();
    if (result.outcome === "refused") return failure(result.message);
    revalidatePath(sessionPath(input.sessionId));
    return {
      ok: true,
      data:
        result.outcome === "already-registered"
          ? `${input.email} est déjà inscrit(e) à cette session : rien n'a changé.`
          : result.invited
            ? `${input.email} est inscrit(e) (en attente de confirmation). Son compte a été créé et une invitation lui a été envoyée.`
            : `${input.email} est inscrit(e) (en attente de confirmation).`,
    };
  },
);

export const recordAttendanceAction = authenticatedAction(
  attendanceSchema,
  async (input, viewer) => {
    const result = await recordAttendance(viewer, input);
    if (!result) throw new ActionNotFound();
    if ("refused" in result) return failure(result.refused);
    revalidatePath(sessionPath(input.sessionId));
    return {
      ok: true,
      data:
        result.changed === 0
          ? "Émargement déjà à jour : rien n'a changé."
          : `Émargement enregistré (${result.changed} présence${result.changed > 1 ? "s" : ""} modifiée${result.changed > 1 ? "s" : ""}).`,
    };
  },
);

export const updateCertificateRuleAction = authenticatedAction(
  certificateRuleSchema,
  async (input, viewer) => {
    if (!(await updateCertificateRule(viewer, input))) throw new ActionNotFound();
    revalidatePath(sessionPath(input.sessionId));
    return { ok: true, data: "Règle de l'attestation enregistrée." };
  },
);

export const updateSessionLogisticsAction = authenticatedAction(
  sessionLogisticsSchema,
  async (input, viewer) => {
    const result = await updateSessionLogistics(viewer, input);
    if (!result) throw new ActionNotFound();
    if (!result.ok) {
      return failure(result.message, result.field ? { [result.field]: [result.message] } : {});
    }
    revalidatePath(sessionPath(input.sessionId));
    const count = result.changes.length;
    return {
      ok: true,
      data:
        count === 0
          ? "Aucune modification : rien n'a été envoyé."
          : `Session modifiée (${count} changement${count > 1 ? "s" : ""}). Les participants inscrits sont prévenus par e-mail.`,
    };
  },
);

export const answerQuestionAction = authenticatedAction(
  answerQuestionSchema,
  async (input, viewer) => {
    const result = await answerElearningQuestion(viewer, input);
    if (!result) throw new ActionNotFound();
    if (!result.ok) return failure(result.message, { answer: [result.message] });
    revalidatePath("/organisme/questions");
    return { ok: true, data: "Réponse envoyée au participant." };
  },
);

export const recordPaymentAction = authenticatedAction(paymentSchema, async (input, viewer) => {
  const result = await recordStaffPayment(viewer, {
    invoiceId: input.invoiceId,
    amountCents: amountToCents(input.amount),
    method: input.method,
    // Noon in Paris keeps the chosen calendar day whatever the offset.
    paidAt: new Date(`${input.paidAt}T12:00:00+01:00`),
    reference: input.reference,
    idempotencyKey: input.idempotencyKey,
  });
  if (!result) throw new ActionNotFound();
  if (!result.ok) {
    const field = result.field === "amountCents" ? "amount" : result.field;
    return failure(result.message, { [field]: [result.message] });
  }
  revalidatePath("/organisme/factures");
  return {
    ok: true,
    data: result.replayed ? "Ce règlement était déjà enregistré." : "Règlement enregistré.",
  };
});
