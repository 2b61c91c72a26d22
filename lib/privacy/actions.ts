"use server";

import { ActionNotFound, authenticatedAction } from "@/lib/actions/action-client";
import { failure } from "@/lib/actions/result";
import { ERASURE_REFUSALS, eraseParticipant } from "@/lib/privacy/erase";
import { eraseAccountSchema, WRONG_EMAIL } from "@/lib/privacy/schemas";

/** "Supprimer mes données": the client signs out once this succeeds (the session is already dead). */
export const eraseMyAccountAction = authenticatedAction(
  eraseAccountSchema,
  async (input, viewer) => {
    if (!viewer.participantId) throw new ActionNotFound();
    if (input.email.toLowerCase() !== viewer.email.toLowerCase()) {
      return failure(WRONG_EMAIL, { email: [WRONG_EMAIL] });
    }
    const result = await eraseParticipant(viewer);
    if (!result.ok) return failure(ERASURE_REFUSALS[result.reason]);
    return { ok: true, data: undefined };
  },
);
