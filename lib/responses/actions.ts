"use server";

import { ActionNotFound, authenticatedAction } from "@/lib/actions/action-client";
import type { ParticipantViewer } from "@/lib/auth/viewer";
import { questionnaireActionSchema } from "@/lib/questionnaires/schemas";
import { saveDraft, submitResponse } from "./writes";

/**
 * The questionnaire form's two server actions, through the one door: the
 * rules live in ./writes (tested there with a viewer); these only adapt them.
 * "Not yours" and "no such questionnaire" read the same: not found.
 */
function asParticipant(viewer: { participantId: string | null }): ParticipantViewer {
  if (!viewer.participantId) throw new ActionNotFound();
  return viewer as ParticipantViewer;
}

export const saveQuestionnaireDraft = authenticatedAction(
  questionnaireActionSchema,
  async (input, viewer) => {
    const result = await saveDraft(asParticipant(viewer), input);
    if (!result) throw new ActionNotFound();
    return result;
  },
);

export const submitQuestionnaire = authenticatedAction(
  questionnaireActionSchema,
  async (input, viewer) => {
    const result = await submitResponse(asParticipant(viewer), input);
    if (!result) throw new ActionNotFound();
    return result;
  },
);
