"use server";

import { authenticatedAction } from "@/lib/actions/action-client";
import { saveMyChoices } from "./preferences";
import { preferencesSchema } from "./schemas";

/**
 * Saves the signed-in person's own choices: the schema takes no user, so a
 * company manager (or anyone) can only ever change their own.
 */
export const savePreferencesAction = authenticatedAction(
  preferencesSchema,
  async (input, viewer) => {
    await saveMyChoices(viewer, input.choices);
    return { ok: true, data: undefined };
  },
);
