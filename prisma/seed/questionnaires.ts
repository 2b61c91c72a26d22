import { QuestionType, QuestionnaireKind, ResponseStatus } from "../../lib/db/generated/enums";
import {
  IMPROVEMENT_ANSWERS,
  LIKED_ANSWERS,
  QUESTION_BANK,
  satisfactionQuestions,
  type QuestionSeed,
} from "./question-bank";
import type { Rng } from "./random";
import {
  newId,
  type CoursePlan,
  type QuestionPlan,
  type QuestionnairePlan,
  type QuestionnaireSet,
  type SeedContext,
  type Theme,
} from "./plan";

const TITLES: Record<QuestionnaireKind, string> = {
  POSITIONING: "Test de positionnement",
  VALIDATION: "Test de validation des acquis",
  SATISFACTION: "Questionnaire de satisfaction",
};

const SCORED = new Set<QuestionType>([QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE]);

/** Scored kinds weigh a multiple-choice question double: it asks for more. */
function pointsOf(kind: QuestionnaireKind, seed: QuestionSeed): number {
  if (kind === QuestionnaireKind.SATISFACTION || !SCORED.has(seed.type)) return 0;
  if (kind === QuestionnaireKind.POSITIONING) return 1;
  return seed.type === QuestionType.MULTIPLE_CHOICE ? 2 : 1;
}

export function addQuestionnaire(
  ctx: SeedContext,
  owner: { courseId: string } | { sessionId: string },
  kind: QuestionnaireKind,
  subject: string,
  seeds: readonly QuestionSeed[],
  createdAt: Date,
): QuestionnairePlan {
  const id = newId();
  ctx.rows.questionnaire.push({
    id,
    courseId: "courseId" in owner ? owner.courseId : null,
    sessionId: "sessionId" in owner ? owner.sessionId : null,
    kind,
    title: `${TITLES[kind]} – ${subject}`,
    createdAt,
  });
  const questions: QuestionPlan[] = seeds.map((seed, index) => {
    const questionId = newId();
    const points = pointsOf(kind, seed);
    ctx.rows.question.push({
      id: questionId,
      questionnaireId: id,
      position: index + 1,
      type: seed.type,
      label: seed.label,
      required: seed.required ?? true,
      points,
    });
    const options = (seed.options ?? []).map(([label, isCorrect], optionIndex) => {
      const optionId = newId();
      ctx.rows.questionOption.push({
        id: optionId,
        questionId,
        position: optionIndex + 1,
        label,
        isCorrect,
      });
      return { id: optionId, label, isCorrect };
    });
    return {
      id: questionId,
      type: seed.type,
      label: seed.label,
      points,
      required: seed.required ?? true,
      options,
    };
  });
  return { id, kind, questions, maxScore: questions.reduce((sum, q) => sum + q.points, 0) };
}

/** A test drawn from the theme's bank, with at least one question of each choice type. */
export function pickScoredQuestions(rng: Rng, theme: Theme, count: number): QuestionSeed[] {
  const bank = QUESTION_BANK[theme];
  for (let attempt = 0; attempt < 20; attempt++) {
    const picked = rng.sample(bank, count);
    const types = new Set(picked.map((q) => q.type));
    if (types.size > 1 || attempt === 19) return picked;
  }
  return bank.slice(0, count);
}

export function positioningQuestions(rng: Rng, theme: Theme): QuestionSeed[] {
  const singles = QUESTION_BANK[theme].filter((q) => q.type === QuestionType.SINGLE_CHOICE);
  return rng.sample(singles, 2);
}

/** The questionnaires a course carries for all its sessions. */
export function addCourseQuestionnaires(
  ctx: SeedContext,
  course: CoursePlan,
  opts: { positioning: boolean; validation: boolean },
  createdAt: Date,
): QuestionnaireSet {
  const rng = ctx.rng.fork(`questionnaires:${course.key}`);
  const set: QuestionnaireSet = {};
  const owner = { courseId: course.id };
  if (opts.positioning) {
    set.POSITIONING = addQuestionnaire(
      ctx,
      owner,
      QuestionnaireKind.POSITIONING,
      course.title,
      positioningQuestions(rng, course.theme),
      createdAt,
    );
  }
  if (opts.validation) {
    set.VALIDATION = addQuestionnaire(
      ctx,
      owner,
      QuestionnaireKind.VALIDATION,
      course.title,
      pickScoredQuestions(rng, course.theme, rng.int(3, 4)),
      createdAt,
    );
  }
  set.SATISFACTION = addQuestionnaire(
    ctx,
    owner,
    QuestionnaireKind.SATISFACTION,
    course.title,
    satisfactionQuestions(course.modality),
    createdAt,
  );
  return set;
}

export type ResponseResult = { score: number; maxScore: number } | null;

/**
 * One response, with answers drawn from the participant's skill; the score is
 * computed from the answer keys the same way the app grades (all or nothing
 * per question), so the stored score always matches the stored answers.
 */
export function addResponse(
  ctx: SeedContext,
  rng: Rng,
  questionnaire: QuestionnairePlan,
  registrationId: string,
  status: "submitted" | "draft",
  at: Date,
  skill: number,
): ResponseResult {
  const responseId = newId();
  const answered =
    status === "submitted"
      ? questionnaire.questions
      : questionnaire.questions.slice(
          0,
          rng.int(1, Math.max(1, questionnaire.questions.length - 1)),
        );
  let score = 0;

  for (const question of answered) {
    const answer = {
      id: newId(),
      responseId,
      questionId: question.id,
      selectedOptionIds: [] as string[],
      numberValue: null as number | null,
      textValue: null as string | null,
    };
    switch (question.type) {
      case QuestionType.SINGLE_CHOICE: {
        const right = question.options.filter((o) => o.isCorrect);
        const wrong = question.options.filter((o) => !o.isCorrect);
        const good = rng.chance(skill) || wrong.length === 0;
        answer.selectedOptionIds = [rng.pick(good ? right : wrong).id];
        if (good) score += question.points;
        break;
      }
      case QuestionType.MULTIPLE_CHOICE: {
        const good = rng.chance(skill);
        let selected = question.options.filter((o) => o.isCorrect).map((o) => o.id);
        if (!good) {
          // One option too many or one missing: the usual near miss.
          const flip = rng.pick(question.options);
          selected = selected.includes(flip.id)
            ? selected.filter((id) => id !== flip.id)
            : [...selected, flip.id];
          if (selected.length === 0)
            selected = [rng.pick(question.options.filter((o) => !o.isCorrect)).id];
        }
        answer.selectedOptionIds = question.options
          .filter((o) => selected.includes(o.id))
          .map((o) => o.id);
        const rightIds = question.options.filter((o) => o.isCorrect).map((o) => o.id);
        if (
          rightIds.length === answer.selectedOptionIds.length &&
          rightIds.every((id) => answer.selectedOptionIds.includes(id))
        ) {
          score += question.points;
        }
        break;
      }
      case QuestionType.SCALE_1_5:
        answer.numberValue = rng.weighted([
          [5, 36],
          [4, 44],
          [3, 14],
          [2, 4],
          [1, 2],
        ]);
        break;
      case QuestionType.SCALE_0_10:
        answer.numberValue = rng.weighted([
          [10, 22],
          [9, 26],
          [8, 26],
          [7, 13],
          [6, 6],
          [5, 4],
          [4, 2],
          [3, 1],
        ]);
        break;
      case QuestionType.SHORT_TEXT:
      case QuestionType.LONG_TEXT:
        // Optional free text is left empty by about half of the respondents.
        if (!question.required && rng.chance(0.5)) continue;
        answer.textValue = rng.pick(
          question.label.includes("amélior") ? IMPROVEMENT_ANSWERS : LIKED_ANSWERS,
        );
        break;
    }
    ctx.rows.answer.push(answer);
  }

  const scored = questionnaire.kind !== QuestionnaireKind.SATISFACTION;
  const submitted = status === "submitted";
  ctx.rows.questionnaireResponse.push({
    id: responseId,
    questionnaireId: questionnaire.id,
    registrationId,
    status: submitted ? ResponseStatus.SUBMITTED : ResponseStatus.DRAFT,
    score: submitted && scored ? score : null,
    maxScore: submitted && scored ? questionnaire.maxScore : null,
    submittedAt: submitted ? at : null,
    createdAt: at,
    updatedAt: at,
  });
  return submitted && scored ? { score, maxScore: questionnaire.maxScore } : null;
}
