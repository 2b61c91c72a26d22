import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { writeAudit } from "@/lib/audit/log";
import { getDb } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { loadSessionResults, type SessionResults } from "@/lib/organizations/results";
import { trainerActor } from "@/lib/scopes/actor";
import { questionnaireResponseScope } from "@/lib/scopes/questionnaires";
import { ASSESSMENT_SELECT } from "./assessment-questions";
import type { TrainerAssessmentInput } from "./schemas";
import { trainerSessionWhere } from "@/lib/scopes/trainer";

/*
 * "Évaluations": the group's results on the session's questionnaires
 * (positioning and validation scores, satisfaction averages and free texts:
 * the organization's figures, through the trainer branch of the scopes), and
 * the trainer's own assessment, filled once after the session's end.
 */
export type TrainerAssessmentView = {
  objectivesRating: number;
  groupRating: number;
  conditionsRating: number;
  strengths: string | null;
  improvements: string | null;
  submittedAt: Date;
};

export type TrainerEvaluations = {
  sessionId: string;
  title: string;
  reference: string;
  endsAt: Date;
  ended: boolean;
  questionnaires: SessionResults["questionnaires"];
  assessment: TrainerAssessmentView | null;
};

export async function getTrainerEvaluations(
  viewer: Viewer,
  sessionId: string,
  now: Date = new Date(),
): Promise<TrainerEvaluations | null> {
  const where = trainerSessionWhere(viewer, sessionId);
  const responses = questionnaireResponseScope(trainerActor(viewer));
  if (!where || !responses) return null;
  const db = await getDb();
  const [results, session] = await Promise.all([
    loadSessionResults(where, responses),
    db.trainingSession.findFirst({
      where,
      select: {
        endsAt: true,
        assessments: {
          where: { userId: viewer.id },
          select: ASSESSMENT_SELECT,
        },
      },
    }),
  ]);
  if (!results || !session) return null;
  return {
    sessionId: results.sessionId,
    title: results.title,
    reference: results.reference,
    endsAt: session.endsAt,
    ended: session.endsAt <= now,
    questionnaires: results.questionnaires,
    assessment: session.assessments[0] ?? null,
  };
}

export type AssessmentOutcome = { ok: true } | { ok: false; message: string };

export const ASSESSMENT_ALREADY =
  "Vous avez déjà évalué cette session : l'évaluation ne se remplit qu'une fois.";

/**
 * Records the trainer's assessment: only after the session's end, exactly once
 * per trainer and session (the unique index decides between two submissions at
 * once). Null when the session is not his.
 */
export async function submitTrainerAssessment(
  viewer: Viewer,
  input: TrainerAssessmentInput,
  now: Date = new Date(),
): Promise<AssessmentOutcome | null> {
  const where = trainerSessionWhere(viewer, input.sessionId);
  if (!where) return null;
  const db = await getDb();
  const session = await db.trainingSession.findFirst({
    where,
    select: {
      id: true,
      organizationId: true,
      endsAt: true,
      status: true,
      assessments: { where: { userId: viewer.id }, select: { id: true } },
    },
  });
  if (!session) return null;
  if (session.status === "CANCELLED") {
    return { ok: false, message: "Cette session a été annulée : elle ne s'évalue pas." };
  }
  if (session.endsAt > now) {
    return {
      ok: false,
      message: "L'évaluation de la session s'ouvre à sa fin.",
    };
  }
  if (session.assessments.length) return { ok: false, message: ASSESSMENT_ALREADY };
  try {
    await db.$transaction(async (tx) => {
      const created = await tx.trainerAssessment.create({
        data: {
          sessionId: session.id,
          userId: viewer.id,
          objectivesRating: input.objectivesRating,
          groupRating: input.groupRating,
          conditionsRating: input.conditionsRating,
          strengths: input.strengths,
          improvements: input.improvements,
          submittedAt: now,
        },
        select: { id: true },
      });
      await writeAudit(tx, {
        actorUserId: viewer.id,
        organizationId: session.organizationId,
        action: "trainer_assessment.submitted",
        entityType: "TrainerAssessment",
        entityId: created.id,
        at: now,
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, message: ASSESSMENT_ALREADY };
    throw error;
  }
  return { ok: true };
}
