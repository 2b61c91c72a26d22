"use server";

import { revalidatePath } from "next/cache";
import { ActionNotFound, authenticatedAction } from "@/lib/actions/action-client";
import { failure } from "@/lib/actions/result";
import { documentIdSchema, endorseSchema, returnSchema, saveDraftSchema } from "./schemas";
import { moveDocument, saveDraft, type WriteResult } from "./transitions";

/** The internship spaces' server actions: the stagiaire's drafts and transmissions, the maître's visas. */
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
