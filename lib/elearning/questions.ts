import "server-only";
import type { ParticipantViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db";
import { findEnrolment } from "./access";

/** A question and its answer, as the participant's module page and the trainer's list show them. */
export const questionThreadSelect = {
  id: true,
  body: true,
  createdAt: true,
  answer: true,
  answeredAt: true,
  closedAt: true,
} as const;

export type QuestionThread = {
  id: string;
  body: string;
  createdAt: Date;
  answer: string | null;
  answeredAt: Date | null;
  closedAt: Date | null;
};

/**
 * "Poser une question sur le module e-learning": stored for the organization's
 * trainers, who answer from their back office. Asking stays possible after the
 * access window (a learner may still need an answer); false when not theirs.
 */
export async function askQuestion(
  viewer: ParticipantViewer,
  input: { registrationId: string; body: string },
  now: Date = new Date(),
): Promise<boolean> {
  const enrolment = await findEnrolment(viewer, input.registrationId, now);
  if (!enrolment) return false;
  const db = await getDb();
  await db.elearningQuestion.create({
    data: {
      registrationId: input.registrationId,
      moduleId: enrolment.moduleId,
      body: input.body,
      createdAt: now,
    },
  });
  return true;
}
