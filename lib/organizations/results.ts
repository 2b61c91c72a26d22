import "server-only";
import { staffActor } from "@/lib/scopes/actor";
import {
  questionnaireResponseScope,
  type QuestionnaireResponseScope,
} from "@/lib/scopes/questionnaires";
import type { Viewer } from "@/lib/auth/viewer";
import { formatDateTime } from "@/lib/dates/paris";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/db/generated/client";
import type { QuestionnaireKind, QuestionType } from "@/lib/db/generated/enums";
import { toCsv } from "@/lib/http/csv";
import { answerValueSelect } from "@/lib/questionnaires/resolve";
import { staffSessionWhere } from "./access";

/**
 * Questionnaire results of one session (Qualiopi indicators 8, 11 and 30):
 * scores of the positioning and validation tests, satisfaction averages per
 * scale question, and the free texts. One query; null when not the viewer's.
 */
export type SessionResults = {
  sessionId: string;
  title: string;
  reference: string;
  questionnaires: {
    id: string;
    kind: QuestionnaireKind;
    title: string;
    submitted: number;
    /** Average of score/maxScore in percent, for scored kinds. */
    averageScorePercent: number | null;
    scores: { participantName: string; score: number; maxScore: number; submittedAt: Date }[];
    questions: {
      id: string;
      label: string;
      type: QuestionType;
      /** Scale questions: the mean of the answers and the scale's maximum. */
      average: { value: number; max: number; count: number } | null;
      texts: string[];
    }[];
  }[];
  /** Long format for the CSV: one row per answer. */
  rows: {
    kind: QuestionnaireKind;
    questionnaire: string;
    participantName: string;
    submittedAt: Date;
    score: number | null;
    maxScore: number | null;
    question: string;
    answer: string;
  }[];
};

export const KIND_LABELS: Record<QuestionnaireKind, string> = {
  POSITIONING: "Test de positionnement",
  VALIDATION: "Test de validation des acquis",
  SATISFACTION: "Questionnaire de satisfaction",
};

const round1 = (n: number) => Math.round(n * 10) / 10;

export async function getSessionResults(
  viewer: Viewer,
  sessionId: string,
): Promise<SessionResults | null> {
  const where = staffSessionWhere(viewer, sessionId);
  const responses = questionnaireResponseScope(staffActor(viewer));
  if (!where || !responses) return null;
  return loadSessionResults(where, responses);
}

/**
 * The results of the one session `where` finds, counting only the responses
 * `responses` opens: the organization's page and the trainer's "Évaluations"
 * (lib/trainers/evaluations) read the same figures through their own scopes.
 */
export async function loadSessionResults(
  where: Prisma.TrainingSessionWhereInput,
  responses: QuestionnaireResponseScope,
): Promise<SessionResults | null> {
  const session = await (
    await getDb()
  ).trainingSession.findFirst({
    where,
    select: { id: true, courseId: true, reference: true, course: { select: { title: true } } },
  });
  if (!session) return null;
  const questionnaires = await (
    await getDb()
  ).questionnaire.findMany({
    where: { OR: [{ sessionId: session.id }, { courseId: session.courseId }] },
    select: {
      id: true,
      kind: true,
      title: true,
      questions: {
        select: {
          id: true,
          label: true,
          type: true,
          options: { select: { id: true, label: true } },
        },
        orderBy: { position: "asc" },
      },
      responses: {
        where: {
          AND: [responses, { status: "SUBMITTED", registration: { sessionId: session.id } }],
        },
        select: {
          score: true,
          maxScore: true,
          submittedAt: true,
          registration: {
            select: {
              participant: { select: { user: { select: { firstName: true, lastName: true } } } },
            },
          },
          answers: { select: answerValueSelect },
        },
        orderBy: { submittedAt: "asc" },
      },
    },
    orderBy: [{ kind: "asc" }, { createdAt: "asc" }],
  });

  const rows: SessionResults["rows"] = [];
  const result = questionnaires.map((q) => {
    const scored = q.responses.filter((r) => r.score !== null && r.maxScore);
    const optionLabels = new Map(
      q.questions.flatMap((qu) => qu.options.map((o) => [o.id, o.label])),
    );
    for (const r of q.responses) {
      const name = `${r.registration.participant.user.firstName} ${r.registration.participant.user.lastName}`;
      for (const question of q.questions) {
        const a = r.answers.find((x) => x.questionId === question.id);
        const answer = !a
          ? ""
          : (a.textValue ??
            (a.numberValue !== null
              ? String(a.numberValue)
              : a.selectedOptionIds.map((id) => optionLabels.get(id) ?? "").join(" | ")));
        rows.push({
          kind: q.kind,
          questionnaire: q.title,
          participantName: name,
          submittedAt: r.submittedAt!,
          score: r.score,
          maxScore: r.maxScore,
          question: question.label,
          answer,
        });
      }
    }
    return {
      id: q.id,
      kind: q.kind,
      title: q.title,
      submitted: q.responses.length,
      averageScorePercent: scored.length
        ? round1(scored.reduce((s, r) => s + (r.score! * 100) / r.maxScore!, 0) / scored.length)
        : null,
      scores: scored.map((r) => ({
        participantName: `${r.registration.participant.user.firstName} ${r.registration.participant.user.lastName}`,
        score: r.score!,
        maxScore: r.maxScore!,
        submittedAt: r.submittedAt!,
      })),
      questions: q.questions.map((question) => {
        const answers = q.responses.flatMap((r) =>
          r.answers.filter((a) => a.questionId === question.id),
        );
        const numbers = answers.map((a) => a.numberValue).filter((n): n is number => n !== null);
        const isScale = question.type === "SCALE_1_5" || question.type === "SCALE_0_10";
        return {
          id: question.id,
          label: question.label,
          type: question.type,
          average:
            isScale && numbers.length
              ? {
                  value: round1(numbers.reduce((s, n) => s + n, 0) / numbers.length),
                  max: question.type === "SCALE_1_5" ? 5 : 10,
                  count: numbers.length,
                }
              : null,
          texts: answers.map((a) => a.textValue?.trim()).filter((t): t is string => !!t),
        };
      }),
    };
  });
  return {
    sessionId: session.id,
    title: session.course.title,
    reference: session.reference,
    questionnaires: result,
    rows,
  };
}

export function resultsCsv(results: SessionResults): string {
  return toCsv(
    [
      "Questionnaire",
      "Type",
      "Participant",
      "Soumis le",
      "Score",
      "Score maximum",
      "Question",
      "Réponse",
    ],
    results.rows.map((r) => [
      r.questionnaire,
      KIND_LABELS[r.kind],
      r.participantName,
      formatDateTime(r.submittedAt),
      r.score,
      r.maxScore,
      r.question,
      r.answer,
    ]),
  );
}
