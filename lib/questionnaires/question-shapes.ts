import type { QuestionType } from "@/lib/db/generated/enums";

/**
 * What the questionnaire form needs without zod: the shapes of questions and
 * answers and their limits. The form's first load takes these only; the zod
 * schema (./schema) comes later (components/forms/lazy-zod-resolver).
 */
export const MAX_TEXT_LENGTH = 5000;
/** "5 000 caractères", with a no-break space so that the number never wraps. */
export const MAX_TEXT_LABEL = "5\u00a0000 caractères";

/** What the browser knows of a question: no answer key. */
export type PublicQuestion = {
  id: string;
  type: QuestionType;
  label: string;
  required: boolean;
  points: number;
  options: { id: string; label: string }[];
};

/** Single choice: option id; multiple: option ids; scales: number; text: string. */
export type AnswerValue = string | string[] | number | null;
export type QuestionnaireFormValues = { answers: Record<string, AnswerValue | undefined> };
export type QuestionnaireFormOutput = { answers: Record<string, AnswerValue> };

/** "draft" lets required questions stay empty; "submit" does not. */
export type SchemaMode = "draft" | "submit";

export const SCALE_RANGE = {
  SCALE_1_5: { min: 1, max: 5 },
  SCALE_0_10: { min: 0, max: 10 },
} as const;
