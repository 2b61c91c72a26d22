import type { AnswerValue, PublicQuestion } from "./schemas";

/**
 * Between the form's values and the Answer rows: one row per answered
 * question (an empty answer is no row, so a draft stores only what was given),
 * options in the order the questionnaire shows them.
 */
export type AnswerRow = {
  questionId: string;
  selectedOptionIds: string[];
  numberValue: number | null;
  textValue: string | null;
};

export function toAnswerRows(
  questions: readonly PublicQuestion[],
  answers: Record<string, AnswerValue>,
): AnswerRow[] {
  const rows: AnswerRow[] = [];
  for (const question of questions) {
    const value = answers[question.id];
    const row: AnswerRow = {
      questionId: question.id,
      selectedOptionIds: [],
      numberValue: null,
      textValue: null,
    };
    switch (question.type) {
      case "SINGLE_CHOICE":
        if (typeof value !== "string") continue;
        row.selectedOptionIds = [value];
        break;
      case "MULTIPLE_CHOICE": {
        if (!Array.isArray(value) || value.length === 0) continue;
        const chosen = new Set(value);
        row.selectedOptionIds = question.options.filter((o) => chosen.has(o.id)).map((o) => o.id);
        break;
      }
      case "SCALE_1_5":
      case "SCALE_0_10":
        if (typeof value !== "number") continue;
        row.numberValue = value;
        break;
      case "SHORT_TEXT":
      case "LONG_TEXT":
        if (typeof value !== "string" || value === "") continue;
        row.textValue = value;
        break;
    }
    rows.push(row);
  }
  return rows;
}

/** The form's value of a question, from its saved answer if any. */
export function formValueOf(
  question: Pick<PublicQuestion, "type">,
  saved: Omit<AnswerRow, "questionId"> | undefined,
): AnswerValue {
  switch (question.type) {
    case "SINGLE_CHOICE":
      return saved?.selectedOptionIds[0] ?? null;
    case "MULTIPLE_CHOICE":
      return saved?.selectedOptionIds ?? [];
    case "SCALE_1_5":
    case "SCALE_0_10":
      return saved?.numberValue ?? null;
    case "SHORT_TEXT":
    case "LONG_TEXT":
      return saved?.textValue ?? "";
  }
}
