"use server";

import { revalidatePath } from "next/cache";
import { ActionNotFound, authenticatedAction } from "@/lib/actions/action-client";
import { failure } from "@/lib/actions/result";
import { updateCouncilSettings } from "./council-settings";
import { reassignInternship } from "./reassign";
import {
  correctionsSchema,
  councilSettingsSchema,
  documentIdSchema,
  endorseSchema,
  reassignSchema,
  returnSchema,
  saveDraftSchema,
  validateSchema,
} from "./schemas";
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

export const transmitDocumentAction = authenticatedAction(documentIdSchema, async (input, viewer) =>
  answer(await moveDocument(viewer, { documentId: input.documentId, move: "transmit" }), [
    "/stage",
    "/maitre-de-stage",
  ]),
);

export const endorseDocumentAction = authenticatedAction(endorseSchema, async (input, viewer) =>
  answer(
    await moveDocument(viewer, {
      documentId: input.documentId,
      move: "endorse",
      comment: input.comment,
    }),
    ["/stage", "/maitre-de-stage"],
  ),
);

export const returnDocumentAction = authenticatedAction(returnSchema, async (input, viewer) =>
  answer(
    await moveDocument(viewer, {
      documentId: input.documentId,
      move: "return",
      comment: input.comment,
    }),
    ["/stage", "/maitre-de-stage"],
  ),
);

export const coEndorseDocumentAction = authenticatedAction(endorseSchema, async (input, viewer) =>
  answer(
    await moveDocument(viewer, {
      documentId: input.documentId,
      move: "coEndorse",
      comment: input.comment,
    }),
    ["/stage", "/maitre-de-stage"],
  ),
);

const CONTROL_PATHS = ["/stage", "/maitre-de-stage", "/controle-de-stage"];

export const submitToControllerAction = authenticatedAction(
  documentIdSchema,
  async (input, viewer) =>
    answer(
      await moveDocument(viewer, { documentId: input.documentId, move: "submitToController" }),
      CONTROL_PATHS,
    ),
);

export const validateDocumentAction = authenticatedAction(validateSchema, async (input, viewer) =>
  answer(
    await moveDocument(viewer, {
      documentId: input.documentId,
      move: "validate",
      comment: input.comment,
    }),
    CONTROL_PATHS,
  ),
);

export const requestCorrectionsAction = authenticatedAction(
  correctionsSchema,
  async (input, viewer) =>
    answer(
      await moveDocument(viewer, {
        documentId: input.documentId,
        move: "requestCorrections",
        comment: input.comment,
      }),
      CONTROL_PATHS,
    ),
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
