"use server";

import { revalidatePath } from "next/cache";
import { ActionNotFound, authenticatedAction } from "@/lib/actions/action-client";
import type { ParticipantViewer } from "@/lib/auth/viewer";
import { completeUnit, recordUnitTime } from "@/lib/elearning/progress";
import { askQuestion } from "@/lib/elearning/questions";
import { askQuestionSchema, completeUnitSchema, unitTimeSchema } from "@/lib/elearning/schemas";

function asParticipant(viewer: { participantId: string | null }): ParticipantViewer {
  if (!viewer.participantId) throw new ActionNotFound();
  return viewer as ParticipantViewer;
}

export const recordUnitTimeAction = authenticatedAction(unitTimeSchema, async (input, viewer) => {
  if (!(await recordUnitTime(asParticipant(viewer), input))) throw new ActionNotFound();
  return { ok: true, data: undefined };
});

export const completeUnitAction = authenticatedAction(completeUnitSchema, async (input, viewer) => {
  if (!(await completeUnit(asParticipant(viewer), input))) throw new ActionNotFound();
  revalidatePath(`/sessions/${input.registrationId}`, "layout");
  return { ok: true, data: undefined };
});

export const askQuestionAction = authenticatedAction(askQuestionSchema, async (input, viewer) => {
  if (!(await askQuestion(asParticipant(viewer), input))) throw new ActionNotFound();
  revalidatePath(`/sessions/${input.registrationId}/module`);
  return { ok: true, data: undefined };
});
