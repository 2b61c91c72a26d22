"use server";

import { revalidatePath } from "next/cache";
import { ActionNotFound, authenticatedAction } from "@/lib/actions/action-client";
import { failure } from "@/lib/actions/result";
import { updateCouncilSettings } from "./council-settings";
import {
  extendAttestation,
  recordDecision,
  recordHearing,
  recordLatePenalty,
  sendSynthesis,
} from "./decision";
import {
  acceptInterview,
  counterProposeInterview,
  proposeInterview,
  recordInterviewReport,
  type EndResult,
} from "./interview";
import { reassignInternship } from "./reassign";
import {
  correctionsSchema,
  councilSettingsSchema,
  counterProposeInterviewSchema,
  decisionSchema,
  documentIdSchema,
  endorseSchema,
  hearingSchema,
  internshipIdSchema,
  interviewReportSchema,
  latePenaltySchema,
  proposeInterviewSchema,
  reassignSchema,
  returnSchema,
  saveDraftSchema,
  synthesisSchema,
  validateSchema,
} from "./schemas";
import type { Viewer } from "@/lib/auth/viewer";
import type { DocumentMove } from "./state-machine";
import { moveDocument, saveDraft, type WriteResult } from "./transitions";

/**
 * The internship spaces' server actions: the stagiaire's drafts and
 * transmissions, the maître's visas, the contrôleur's decisions, and the
 * contrôleur principal's reassignments and council settings.
 */
function answer(result: WriteResult | null, paths: string[]) {
  if (!result) throw new ActionNotFound();
  if (!result.ok) return failure(result.message);
  for (const path of paths) revalidatePath(path, "layout");
  return { ok: true as const, data: { documentId: result.documentId, state: result.state } };
}

export const saveDraftAction = authenticatedAction(saveDraftSchema, async (input, viewer) =>
  answer(await saveDraft(viewer, input), []),
);

const SUPERVISION_PATHS = ["/stage", "/maitre-de-stage"];
const CONTROL_PATHS = ["/stage", "/maitre-de-stage", "/controle-de-stage"];

/**
 * The handler of an action that moves a document, with the reader's comment
 * when its form has one (visa, return, decision), then refreshes the spaces
 * that show the document.
 */
function moving(move: DocumentMove, paths: string[]) {
  return async (input: { documentId: string; comment?: string }, viewer: Viewer) =>
    answer(
      await moveDocument(viewer, { documentId: input.documentId, move, comment: input.comment }),
      paths,
    );
}

export const transmitDocumentAction = authenticatedAction(
  documentIdSchema,
  moving("transmit", SUPERVISION_PATHS),
);

export const endorseDocumentAction = authenticatedAction(
  endorseSchema,
  moving("endorse", SUPERVISION_PATHS),
);

export const returnDocumentAction = authenticatedAction(
  returnSchema,
  moving("return", SUPERVISION_PATHS),
);

export const coEndorseDocumentAction = authenticatedAction(
  endorseSchema,
  moving("coEndorse", SUPERVISION_PATHS),
);

export const submitToControllerAction = authenticatedAction(
  documentIdSchema,
  moving("submitToController", CONTROL_PATHS),
);

export const validateDocumentAction = authenticatedAction(
  validateSchema,
  moving("validate", CONTROL_PATHS),
);

export const requestCorrectionsAction = authenticatedAction(
  correctionsSchema,
  moving("requestCorrections", CONTROL_PATHS),
);

export const reassignInternshipAction = authenticatedAction(
  reassignSchema,
  async (input, viewer) => {
    const result = await reassignInternship(viewer, input);
    if (!result) throw new ActionNotFound();
    if (!result.ok) {
      return failure(result.message, result.field ? { [result.field]: [result.message] } : {});
    }
    revalidatePath("/controle-de-stage", "layout");
    return { ok: true as const, data: `Stagiaire confié à ${result.controllerName}.` };
  },
);

export const updateCouncilSettingsAction = authenticatedAction(
  councilSettingsSchema,
  async (input, viewer) => {
    if (!(await updateCouncilSettings(viewer, input))) throw new ActionNotFound();
    revalidatePath("/", "layout");
    return { ok: true as const, data: "Paramètres du conseil enregistrés." };
  },
);

/** The end of the stage: the year-2 interview, the synthesis, the comité's decision. */
function settled(result: EndResult | null, paths: string[]) {
  if (!result) throw new ActionNotFound();
  if (!result.ok) {
    return failure(result.message, result.field ? { [result.field]: [result.message] } : {});
  }
  for (const path of paths) revalidatePath(path, "layout");
  return { ok: true as const, data: result.message };
}

const END_PATHS = ["/stage", "/controle-de-stage"];

export const proposeInterviewAction = authenticatedAction(
  proposeInterviewSchema,
  async (input, viewer) => settled(await proposeInterview(viewer, input), END_PATHS),
);

export const counterProposeInterviewAction = authenticatedAction(
  counterProposeInterviewSchema,
  async (input, viewer) => settled(await counterProposeInterview(viewer, input), END_PATHS),
);

export const acceptInterviewAsStagiaireAction = authenticatedAction(
  internshipIdSchema,
  async (input, viewer) =>
    settled(await acceptInterview(viewer, "stagiaire", input.internshipId), END_PATHS),
);

export const acceptInterviewAsControllerAction = authenticatedAction(
  internshipIdSchema,
  async (input, viewer) =>
    settled(await acceptInterview(viewer, "controller", input.internshipId), END_PATHS),
);

export const recordInterviewReportAction = authenticatedAction(
  interviewReportSchema,
  async (input, viewer) => settled(await recordInterviewReport(viewer, input), END_PATHS),
);

export const sendSynthesisAction = authenticatedAction(synthesisSchema, async (input, viewer) =>
  settled(await sendSynthesis(viewer, input), END_PATHS),
);

export const recordLatePenaltyAction = authenticatedAction(
  latePenaltySchema,
  async (input, viewer) => settled(await recordLatePenalty(viewer, input), END_PATHS),
);

export const recordHearingAction = authenticatedAction(hearingSchema, async (input, viewer) =>
  settled(await recordHearing(viewer, input), END_PATHS),
);

export const recordDecisionAction = authenticatedAction(decisionSchema, async (input, viewer) =>
  settled(await recordDecision(viewer, input), END_PATHS),
);

export const extendAttestationAction = authenticatedAction(
  internshipIdSchema,
  async (input, viewer) => settled(await extendAttestation(viewer, input.internshipId), END_PATHS),
);
