import type { QuestionType } from "@/lib/db/generated/enums";

/**
 * Grading, on the server only (the answer keys never leave it). A choice
 * question with at least one right option is worth its points when the
 * selection is exactly the set of right options: one right choice for a single
 * choice, all of them and nothing else for a multiple choice (all or nothing,
 * as the seed and the organizations' tests assume). Scales and free text cannot
 * be graded: they count neither in the score nor in the maximum.
 */
export type GradedQuestion = {
  id: string;
  type: QuestionType;
  points: number;
  options: readonly { id: string; isCorrect: boolean }[];
};

export type GivenAnswer = { questionId: string; selectedOptionIds: readonly string[] };

function isGradable(question: GradedQuestion): boolean {
  return (
    (question.type === "SINGLE_CHOICE" || question.type === "MULTIPLE_CHOICE") &&
    question.options.some((o) => o.isCorrect)
  );
}

export function isRight(question: GradedQuestion, selected: readonly string[]): boolean {
  const right = new Set(question.options.filter((o) => o.isCorrect).map((o) => o.id));
  const chosen = new Set(selected);
  return chosen.size === right.size && [...chosen].every((id) => right.has(id));
}

export function scoreAnswers(
  questions: readonly GradedQuestion[],
  answers: readonly GivenAnswer[],
): { score: number; maxScore: number } {
  const byQuestion = new Map(answers.map((a) => [a.questionId, a.selectedOptionIds]));
  let score = 0;
  let maxScore = 0;
  for (const question of questions) {
    if (!isGradable(question)) continue;
    maxScore += question.points;
    const selected = byQuestion.get(question.id);
    if (selected && isRight(question, selected)) score += question.points;
  }
  return { score, maxScore };
}
