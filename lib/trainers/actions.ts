"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { ActionNotFound, authenticatedAction } from "@/lib/actions/action-client";
import { failure, type ActionResult } from "@/lib/actions/result";
import { markEvidence } from "@/lib/attendance/labels";
import { signOwnPresence } from "@/lib/attendance/self-sign";
import { correctSheet, recordSlotMarks, signSheet } from "@/lib/attendance/sheet";
import { publicBaseUrl } from "@/lib/http/public-url";
import { staffSessionWhere } from "@/lib/organizations/access";
import { addSessionTrainer, removeSessionTrainer } from "@/lib/organizations/trainers";
import { feedUrls, revokeTrainerFeed, rotateTrainerFeed } from "./calendar";
import { submitTrainerAssessment } from "./evaluations";
import { answerTrainerQuestion, closeTrainerQuestion } from "./questions";
import {
  addTrainerSchema,
  calendarFeedSchema,
  closeQuestionSchema,
  trainerAnswerSchema,
  trainerAssessmentSchema,
  correctSheetSchema,
  removeTrainerSchema,
  selfSignSchema,
  signSheetSchema,
  trainerAttendanceSchema,
} from "./schemas";
import { trainerSessionWhere } from "@/lib/scopes/trainer";

/*
 * The trainer space's actions (and the organization's "Formateurs" panel, and
 * the participant's "Signer ma présence", which belong to the same feature).
 * The sessions each may touch come from lib/scopes/trainer or the staff scope.
 */
const trainerPath = (sessionId: string) => `/formateur/sessions/${sessionId}`;

export const recordTrainerAttendanceAction = authenticatedAction(
  trainerAttendanceSchema,
  async (input, viewer) => {
    const sessions = trainerSessionWhere(viewer, input.sessionId);
    if (!sessions) throw new ActionNotFound();
    const result = await recordSlotMarks(viewer, sessions, "TRAINER", input);
    if (!result) throw new ActionNotFound();
    if (!result.ok) return failure(result.message);
    // No revalidatePath: only this sheet's marks changed, and the form shows them from
    // the answer (re-rendering the page with its 40 participants cost more than the writes).
    const { changed, recordedAt } = result.value;
    const n = changed.length;
    const evidence = markEvidence({ method: "TRAINER", signedAt: recordedAt }, false)!;
    return {
      ok: true,
      data: {
        message:
          n === 0
            ? "Émargement déjà à jour : rien n'a changé."
            : `Émargement enregistré (${n} présence${n > 1 ? "s" : ""} modifiée${n > 1 ? "s" : ""}).`,
        evidence: Object.fromEntries(changed.map((id) => [id, evidence])),
      },
    };
  },
);

export const signSheetAction = authenticatedAction(signSheetSchema, async (input, viewer) => {
  const sessions = trainerSessionWhere(viewer, input.sessionId);
  if (!sessions) throw new ActionNotFound();
  const result = await signSheet(viewer, sessions, input);
  if (!result) throw new ActionNotFound();
  if (!result.ok) return failure(result.message);
  revalidatePath(trainerPath(input.sessionId));
  return { ok: true, data: "Feuille d'émargement signée : elle est désormais figée." };
});

export const correctSheetAction = authenticatedAction(correctSheetSchema, async (input, viewer) => {
  // The trainer or the organization's staff may correct (each method says who).
  const asTrainer = trainerSessionWhere(viewer, input.sessionId);
  const asStaff = staffSessionWhere(viewer, input.sessionId);
  const sessions = asTrainer && asStaff ? { OR: [asTrainer, asStaff] } : (asTrainer ?? asStaff);
  if (!sessions) throw new ActionNotFound();
  const result = await correctSheet(
    viewer,
    { AND: [sessions] },
    asStaff && viewer.organizations.length ? "ORGANIZATION" : "TRAINER",
    input,
  );
  if (!result) throw new ActionNotFound();
  if (!result.ok) return failure(result.message);
  revalidatePath(trainerPath(input.sessionId));
  revalidatePath(`/organisme/sessions/${input.sessionId}`);
  return {
    ok: true,
    data: `Correction enregistrée : version ${result.value.version} de la feuille.`,
  };
});

export const signOwnPresenceAction = authenticatedAction(selfSignSchema, async (input, viewer) => {
  if (!viewer.participantId) throw new ActionNotFound();
  const result = await signOwnPresence({ ...viewer, participantId: viewer.participantId }, input);
  if (!result) throw new ActionNotFound();
  if (!result.ok) {
    return failure(result.message, result.field ? { [result.field]: [result.message] } : {});
  }
  // No revalidation: the page would re-render without the form and its confirmation
  // before the person has read it (every page is dynamic; the next visit is fresh).
  return { ok: true, data: result.message };
});

type FeedResult = ActionResult<{ message: string; url: string | null }>;

export const calendarFeedAction = authenticatedAction(
  calendarFeedSchema,
  async (input, viewer): Promise<FeedResult> => {
    if (viewer.trainerSessions === 0) throw new ActionNotFound();
    revalidatePath("/formateur");
    if (input.intent === "revoke") {
      const revoked = await revokeTrainerFeed(viewer);
      return {
        ok: true,
        data: {
          message: revoked
            ? "Lien d'abonnement révoqué : les agendas abonnés ne reçoivent plus vos sessions."
            : "Aucun lien d'abonnement actif.",
          url: null,
        },
      };
    }
    const token = await rotateTrainerFeed(viewer);
    const base = publicBaseUrl(`http://${(await headers()).get("host") ?? "localhost:3000"}`);
    return {
      ok: true,
      data: {
        message:
          "Nouveau lien d'abonnement créé. Copiez-le maintenant : il ne sera plus affiché. L'ancien lien ne fonctionne plus.",
        url: feedUrls(base, token).webcal,
      },
    };
  },
);

export const addSessionTrainerAction = authenticatedAction(
  addTrainerSchema,
  async (input, viewer) => {
    const result = await addSessionTrainer(viewer, input);
    if (!result) throw new ActionNotFound();
    revalidatePath(`/organisme/sessions/${input.sessionId}`);
    if (result.outcome === "already") {
      return { ok: true, data: `${input.email} anime déjà cette session : rien n'a changé.` };
    }
    return {
      ok: true,
      data: result.invited
        ? `${input.email} est ajouté(e) aux formateurs ; une invitation à choisir un mot de passe lui a été envoyée.`
        : `${input.email} est ajouté(e) aux formateurs de la session.`,
    };
  },
);

export const removeSessionTrainerAction = authenticatedAction(
  removeTrainerSchema,
  async (input, viewer) => {
    if (!(await removeSessionTrainer(viewer, input))) throw new ActionNotFound();
    revalidatePath(`/organisme/sessions/${input.sessionId}`);
    return { ok: true, data: "Formateur retiré de la session." };
  },
);

export const answerTrainerQuestionAction = authenticatedAction(
  trainerAnswerSchema,
  async (input, viewer) => {
    const result = await answerTrainerQuestion(viewer, input);
    if (!result) throw new ActionNotFound();
    if (!result.ok) return failure(result.message, { answer: [result.message] });
    revalidatePath("/formateur/questions");
    return {
      ok: true,
      data: input.close
        ? "Réponse envoyée au participant ; la question est close."
        : "Réponse envoyée au participant.",
    };
  },
);

export const closeTrainerQuestionAction = authenticatedAction(
  closeQuestionSchema,
  async (input, viewer) => {
    const result = await closeTrainerQuestion(viewer, input);
    if (!result) throw new ActionNotFound();
    if (!result.ok) return failure(result.message);
    revalidatePath("/formateur/questions");
    return { ok: true, data: "Question close." };
  },
);

export const trainerAssessmentAction = authenticatedAction(
  trainerAssessmentSchema,
  async (input, viewer) => {
    const result = await submitTrainerAssessment(viewer, input);
    if (!result) throw new ActionNotFound();
    if (!result.ok) return failure(result.message);
    revalidatePath(`${trainerPath(input.sessionId)}/evaluations`);
    return { ok: true, data: "Merci : votre évaluation de la session est enregistrée." };
  },
);
