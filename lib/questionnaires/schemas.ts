import { z } from "zod";
import { recordIdSchema } from "@/lib/db/record-id";
import { SLUG_VALUES } from "./kinds";
import {
  MAX_TEXT_LABEL,
  MAX_TEXT_LENGTH,
  SCALE_RANGE,
  type AnswerValue,
  type PublicQuestion,
  type QuestionnaireFormOutput,
  type QuestionnaireFormValues,
  type SchemaMode,
} from "./question-shapes";

/**
 * One schema for the questionnaire form (react-hook-form's resolver) and the
 * server actions (save draft, submit). It is built from the questionnaire's
 * questions, so a question id, an option id or a value that the questionnaire
 * does not offer is refused with a French message on that question. The
 * browser's copy is only for comfort: the server parses the payload again.
 * (The shapes and limits live apart, in ./question-shapes, so the form can
 * show itself without zod.)
 */
export * from "./question-shapes";

const NOT_OFFERED = "Cette réponse ne fait pas partie des choix proposés.";
const INVALID = "Réponse invalide.";

function questionSchema(question: PublicQuestion, mode: SchemaMode): z.ZodType<AnswerValue> {
  const required = mode === "submit" && question.required;
  const offered = new Set(question.options.map((o) => o.id));
  switch (question.type) {
    case "SINGLE_CHOICE":
      return z
        .string({
          error: (issue) =>
            Array.isArray(issue.input)
              ? "Une seule réponse est possible pour cette question."
              : INVALID,
        })
        .nullish()
        .transform((v) => v ?? null)
        .superRefine((v, ctx) => {
          if (v !== null && !offered.has(v)) ctx.addIssue({ code: "custom", message: NOT_OFFERED });
          if (v === null && required)
            ctx.addIssue({ code: "custom", message: "Choisissez une réponse." });
        });
    case "MULTIPLE_CHOICE":
      // Items are checked here rather than by an item schema, so that every
      // error lands on the question (the form shows errors per question).
      return z
        .array(z.unknown(), { error: INVALID })
        .nullish()
        .transform((v) => v ?? [])
        .superRefine((v, ctx) => {
          if (v.some((id) => typeof id !== "string" || !offered.has(id)))
            ctx.addIssue({ code: "custom", message: NOT_OFFERED });
          else if (new Set(v).size !== v.length)
            ctx.addIssue({
              code: "custom",
              message: "Une même réponse ne peut être cochée qu'une fois.",
            });
          if (v.length === 0 && required)
            ctx.addIssue({ code: "custom", message: "Cochez au moins une réponse." });
        })
        .transform((v) => v as string[]);
    case "SCALE_1_5":
    case "SCALE_0_10": {
      const { min, max } = SCALE_RANGE[question.type];
      const range = `Choisissez une note entre ${min} et ${max}.`;
      return z
        .number({ error: range })
        .int({ error: range })
        .min(min, { error: range })
        .max(max, { error: range })
        .nullish()
        .transform((v) => v ?? null)
        .superRefine((v, ctx) => {
          if (v === null && required)
            ctx.addIssue({ code: "custom", message: "Choisissez une note." });
        });
    }
    case "SHORT_TEXT":
    case "LONG_TEXT":
      return z
        .string({ error: INVALID })
        .max(MAX_TEXT_LENGTH, {
          error: (issue) =>
            `Votre réponse dépasse ${MAX_TEXT_LABEL} (${String((issue.input as string).length)} saisis).`,
        })
        .nullish()
        .transform((v) => v?.trim() || null)
        .superRefine((v, ctx) => {
          if (v === null && required)
            ctx.addIssue({ code: "custom", message: "Répondez à cette question." });
        });
  }
}

export function buildQuestionnaireSchema(
  questions: readonly PublicQuestion[],
  mode: SchemaMode,
): z.ZodType<QuestionnaireFormOutput, QuestionnaireFormValues> {
  const shape = Object.fromEntries(questions.map((q) => [q.id, questionSchema(q, mode)]));
  const known = new Set(Object.keys(shape));
  const answers = z
    .object(shape, { error: "Réponses invalides." })
    .catchall(z.unknown())
    .superRefine(
      (value, ctx) => {
        if (typeof value !== "object" || value === null) return;
        for (const key of Object.keys(value)) {
          if (!known.has(key))
            ctx.addIssue({
              code: "custom",
              path: [key],
              message: "Cette question ne fait pas partie du questionnaire.",
            });
        }
      },
      // Report unknown questions together with the other errors, not after them.
      { when: () => true },
    )
    .transform(
      (value) =>
        Object.fromEntries(Object.entries(value).filter(([key]) => known.has(key))) as Record<
          string,
          AnswerValue
        >,
    );
  return z.object({ answers }) as unknown as z.ZodType<
    QuestionnaireFormOutput,
    QuestionnaireFormValues
  >;
}

/**
 * What the server actions receive before the questionnaire is known: the
 * answers are checked against it afterwards, with the schema above.
 */
export const questionnaireActionSchema = z.object({
  registrationId: recordIdSchema,
  kind: z.enum(SLUG_VALUES, { error: "Questionnaire inconnu." }),
  answers: z
    .record(z.string().max(64, { error: "Question inconnue." }), z.unknown(), {
      error: "Réponses invalides.",
    })
    .refine((answers) => Object.keys(answers).length <= 500, { error: "Trop de réponses." }),
});

export type QuestionnaireActionInput = z.infer<typeof questionnaireActionSchema>;
