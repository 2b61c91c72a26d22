import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/actions/result";
import { toAnswerRows } from "./answers";
import { buildQuestionnaireSchema, MAX_TEXT_LABEL, type PublicQuestion } from "./schemas";

const questions: PublicQuestion[] = [
  {
    id: "single",
    type: "SINGLE_CHOICE",
    label: "Une seule",
    required: true,
    points: 1,
    options: [
      { id: "a", label: "A" },
      { id: "b", label: "B" },
    ],
  },
  {
    id: "multi",
    type: "MULTIPLE_CHOICE",
    label: "Plusieurs",
    required: true,
    points: 2,
    options: [
      { id: "c", label: "C" },
      { id: "d", label: "D" },
      { id: "e", label: "E" },
    ],
  },
  { id: "scale5", type: "SCALE_1_5", label: "1 à 5", required: true, points: 0, options: [] },
  { id: "scale10", type: "SCALE_0_10", label: "0 à 10", required: true, points: 0, options: [] },
  { id: "short", type: "SHORT_TEXT", label: "Court", required: false, points: 0, options: [] },
  { id: "long", type: "LONG_TEXT", label: "Long", required: true, points: 0, options: [] },
];
const submit = buildQuestionnaireSchema(questions, "submit");
const draft = buildQuestionnaireSchema(questions, "draft");
const valid = {
  single: "b",
  multi: ["e", "c"],
  scale5: 4,
  scale10: 0,
  short: "  ",
  long: "  Très concret.  ",
};
const errorsOf = (answers: Record<string, unknown>, schema = submit) => {
  const parsed = schema.safeParse({ answers });
  return parsed.success ? {} : fieldErrorsOf(parsed.error);
};

describe("the questionnaire schema", () => {
  it("accepts a complete answer and trims the text (empty text is no answer)", () => {
    const parsed = submit.parse({ answers: valid });
    expect(parsed.answers).toEqual({
      single: "b",
      multi: ["e", "c"],
      scale5: 4,
      scale10: 0,
      short: null,
      long: "Très concret.",
    });
    expect(toAnswerRows(questions, parsed.answers)).toEqual([
      { questionId: "single", selectedOptionIds: ["b"], numberValue: null, textValue: null },
      // Stored in the questionnaire's order, whatever the order of the clicks.
      { questionId: "multi", selectedOptionIds: ["c", "e"], numberValue: null, textValue: null },
      { questionId: "scale5", selectedOptionIds: [], numberValue: 4, textValue: null },
      { questionId: "scale10", selectedOptionIds: [], numberValue: 0, textValue: null },
      { questionId: "long", selectedOptionIds: [], numberValue: null, textValue: "Très concret." },
    ]);
  });

  it("requires the required answers on submission, in French, per question", () => {
    expect(errorsOf({ short: "x" })).toEqual({
      "answers.single": ["Choisissez une réponse."],
      "answers.multi": ["Cochez au moins une réponse."],
      "answers.scale5": ["Choisissez une note."],
      "answers.scale10": ["Choisissez une note."],
      "answers.long": ["Répondez à cette question."],
    });
    expect(errorsOf({ ...valid, long: "   " })).toEqual({
      "answers.long": ["Répondez à cette question."],
    });
  });

  it("lets a draft leave required questions empty, but not break the other rules", () => {
    expect(errorsOf({}, draft)).toEqual({});
    expect(errorsOf({ scale5: 6 }, draft)).toEqual({
      "answers.scale5": ["Choisissez une note entre 1 et 5."],
    });
  });

  it("refuses tampered answers with a message on the question", () => {
    expect(
      errorsOf({
        ...valid,
        single: ["a", "b"],
        multi: ["c", "zzz"],
        scale5: 0,
        scale10: 11,
        long: "x".repeat(5001),
        intruder: "a",
      }),
    ).toEqual({
      "answers.single": ["Une seule réponse est possible pour cette question."],
      "answers.multi": ["Cette réponse ne fait pas partie des choix proposés."],
      "answers.scale5": ["Choisissez une note entre 1 et 5."],
      "answers.scale10": ["Choisissez une note entre 0 et 10."],
      "answers.long": [`Votre réponse dépasse ${MAX_TEXT_LABEL} (5001 saisis).`],
      "answers.intruder": ["Cette question ne fait pas partie du questionnaire."],
    });
    expect(errorsOf({ ...valid, single: "c" })).toEqual({
      "answers.single": ["Cette réponse ne fait pas partie des choix proposés."],
    });
    expect(errorsOf({ ...valid, multi: ["c", "c"] })).toEqual({
      "answers.multi": ["Une même réponse ne peut être cochée qu'une fois."],
    });
    expect(errorsOf({ ...valid, scale5: 2.5, scale10: "7" })).toEqual({
      "answers.scale5": ["Choisissez une note entre 1 et 5."],
      "answers.scale10": ["Choisissez une note entre 0 et 10."],
    });
    expect(errorsOf({ ...valid, multi: "c", long: 12 })).toEqual({
      "answers.multi": ["Réponse invalide."],
      "answers.long": ["Réponse invalide."],
    });
  });

  it("accepts exactly 5,000 characters", () => {
    expect(errorsOf({ ...valid, long: "x".repeat(5000) })).toEqual({});
  });
});
