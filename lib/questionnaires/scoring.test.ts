import { describe, expect, it } from "vitest";
import { scoreAnswers, type GradedQuestion } from "./scoring";

const single: GradedQuestion = {
  id: "q1",
  type: "SINGLE_CHOICE",
  points: 1,
  options: [
    { id: "a", isCorrect: false },
    { id: "b", isCorrect: true },
    { id: "c", isCorrect: false },
  ],
};
const multiple: GradedQuestion = {
  id: "q2",
  type: "MULTIPLE_CHOICE",
  points: 2,
  options: [
    { id: "d", isCorrect: true },
    { id: "e", isCorrect: true },
    { id: "f", isCorrect: false },
  ],
};
const scale: GradedQuestion = { id: "q3", type: "SCALE_1_5", points: 3, options: [] };
const text: GradedQuestion = { id: "q4", type: "LONG_TEXT", points: 0, options: [] };
const questions = [single, multiple, scale, text];

describe("scoring", () => {
  it("gives a single choice its point for the right option only", () => {
    expect(scoreAnswers([single], [{ questionId: "q1", selectedOptionIds: ["b"] }])).toEqual({
      score: 1,
      maxScore: 1,
    });
    expect(scoreAnswers([single], [{ questionId: "q1", selectedOptionIds: ["a"] }]).score).toBe(0);
  });

  it("grades a multiple choice all or nothing, with its own points", () => {
    const with_ = (ids: string[]) =>
      scoreAnswers([multiple], [{ questionId: "q2", selectedOptionIds: ids }]).score;
    expect(with_(["d", "e"])).toBe(2);
    expect(with_(["e", "d"])).toBe(2);
    expect(with_(["d"])).toBe(0);
    expect(with_(["d", "e", "f"])).toBe(0);
    expect(with_([])).toBe(0);
  });

  it("counts unanswered questions in the maximum, not the score", () => {
    expect(scoreAnswers(questions, [])).toEqual({ score: 0, maxScore: 3 });
  });

  it("leaves scales and free text out of the score and the maximum", () => {
    expect(
      scoreAnswers(questions, [
        { questionId: "q1", selectedOptionIds: ["b"] },
        { questionId: "q2", selectedOptionIds: ["d", "e"] },
        { questionId: "q3", selectedOptionIds: [] },
      ]),
    ).toEqual({ score: 3, maxScore: 3 });
  });

  it("does not grade a choice question without an answer key", () => {
    const survey: GradedQuestion = {
      ...single,
      options: single.options.map((o) => ({ ...o, isCorrect: false })),
    };
    expect(scoreAnswers([survey], [{ questionId: "q1", selectedOptionIds: ["a"] }])).toEqual({
      score: 0,
      maxScore: 0,
    });
  });
});
