import type { QuestionnaireKind } from "@/lib/db/generated/enums";

/**
 * A session's questionnaire of a kind is its own if it has one, else its
 * course's (the course's serves all its sessions). Both lists come ordered by
 * creation, so that a second questionnaire of the same kind, which nothing
 * forbids yet, never silently replaces the one participants already answered.
 */
export function effectiveQuestionnaire<Q extends { kind: QuestionnaireKind }>(
  kind: QuestionnaireKind,
  sessionQuestionnaires: readonly Q[],
  courseQuestionnaires: readonly Q[],
): Q | null {
  return (
    sessionQuestionnaires.find((q) => q.kind === kind) ??
    courseQuestionnaires.find((q) => q.kind === kind) ??
    null
  );
}

/** The Prisma orderBy that the rule above relies on. */
export const QUESTIONNAIRE_ORDER = [{ createdAt: "asc" as const }, { id: "asc" as const }];

/** What lib/sessions selects to compute the entry points (./entry-points) in its own query. */
export const questionnaireRefSelect = {
  id: true,
  kind: true,
  opensAt: true,
  closesAt: true,
} as const;

/**
 * A session's or a course's questionnaires as the rules read them (the
 * certificate rule, the entry points): their refs, oldest first.
 */
export const orderedQuestionnairesSelect = {
  select: questionnaireRefSelect,
  orderBy: QUESTIONNAIRE_ORDER,
};

export const questionnaireResponseSelect = {
  questionnaireId: true,
  status: true,
  score: true,
  maxScore: true,
  submittedAt: true,
} as const;

/** An answer's value columns: the one its question's type uses is set. */
export const answerValueSelect = {
  questionId: true,
  selectedOptionIds: true,
  numberValue: true,
  textValue: true,
} as const;

/**
 * The relation filter that loads the first questionnaire of a kind, in the
 * order effectiveQuestionnaire relies on: used on the session and its course.
 */
export function firstQuestionnaireOfKind<S>(kind: QuestionnaireKind, select: S) {
  return { where: { kind }, orderBy: QUESTIONNAIRE_ORDER, take: 1, select };
}
