import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db";
import {
  answerElearningQuestionAs,
  closeElearningQuestionAs,
  type QuestionOutcome,
} from "@/lib/elearning/answers";
import { questionThreadSelect, type QuestionThread } from "@/lib/elearning/questions";
import { trainerActor } from "@/lib/scopes/actor";
import { registrationScope } from "@/lib/scopes/registrations";

/*
 * "Questions des participants": the questions asked on the e-learning modules
 * of the sessions a trainer teaches (his confirmed participants', through the
 * trainer branch of registrationScope). Open ones first, oldest first; then
 * the last closed ones.
 */
export type TrainerQuestion = QuestionThread & {
  participantName: string;
  moduleTitle: string;
  sessionTitle: string;
  sessionReference: string;
};

const CLOSED_SHOWN = 30;
const OPEN_SHOWN = 200;

export async function listTrainerQuestions(
  viewer: Viewer,
): Promise<{ open: TrainerQuestion[]; closed: TrainerQuestion[] }> {
  const registration = registrationScope(trainerActor(viewer));
  if (!registration) return { open: [], closed: [] };
  const select = {
    ...questionThreadSelect,
    module: { select: { title: true } },
    registration: {
      select: {
        session: { select: { reference: true, course: { select: { title: true } } } },
        participant: { select: { user: { select: { firstName: true, lastName: true } } } },
      },
    },
  } as const;
  const db = await getDb();
  const [open, closed] = await Promise.all([
    db.elearningQuestion.findMany({
      where: { registration, closedAt: null },
      select,
      orderBy: { createdAt: "asc" },
      take: OPEN_SHOWN,
    }),
    db.elearningQuestion.findMany({
      where: { registration, closedAt: { not: null } },
      select,
      orderBy: { closedAt: "desc" },
      take: CLOSED_SHOWN,
    }),
  ]);
  const shape = (q: (typeof open)[number]): TrainerQuestion => ({
    id: q.id,
    body: q.body,
    createdAt: q.createdAt,
    answer: q.answer,
    answeredAt: q.answeredAt,
    closedAt: q.closedAt,
    participantName: `${q.registration.participant.user.firstName} ${q.registration.participant.user.lastName}`,
    moduleTitle: q.module.title,
    sessionTitle: q.registration.session.course.title,
    sessionReference: q.registration.session.reference,
  });
  return { open: open.map(shape), closed: closed.map(shape) };
}

/** The trainer answers (and may close) a question of his sessions; null when not his. */
export async function answerTrainerQuestion(
  viewer: Viewer,
  input: { questionId: string; answer: string; close: boolean },
  now: Date = new Date(),
): Promise<QuestionOutcome | null> {
  const registrations = registrationScope(trainerActor(viewer));
  if (!registrations) return null;
  return answerElearningQuestionAs(viewer, registrations, input, now);
}

/** The trainer marks an answered question of his sessions closed; null when not his. */
export async function closeTrainerQuestion(
  viewer: Viewer,
  input: { questionId: string },
  now: Date = new Date(),
): Promise<QuestionOutcome | null> {
  const registrations = registrationScope(trainerActor(viewer));
  if (!registrations) return null;
  return closeElearningQuestionAs(viewer, registrations, input, now);
}
