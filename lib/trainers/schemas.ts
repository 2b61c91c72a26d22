import { z } from "zod";
import { recordIdSchema } from "@/lib/db/record-id";
import { answerQuestionSchema } from "@/lib/organizations/schemas";

/**
 * The trainer space's forms and the actions that receive them share these
 * schemas (no "server-only": the browser validates with them too).
 */
const id = recordIdSchema;

export const TRAINER_ATTENDANCE_CHOICES = ["PRESENT", "LATE", "ABSENT", "EXCUSED"] as const;

const time = z
  .string()
  .regex(/^(|([01]\d|2[0-3]):[0-5]\d)$/, "Heure au format HH:MM.")
  .optional();

const mark = z.object({
  registrationId: id,
  status: z.enum(TRAINER_ATTENDANCE_CHOICES, "Choisissez un statut."),
  arrivedAt: time,
  leftAt: time,
});

export const trainerAttendanceSchema = z.object({
  sessionId: id,
  slotId: id,
  marks: z.array(mark).min(1, "Aucune présence à enregistrer.").max(1000),
});
export type TrainerAttendanceInput = z.infer<typeof trainerAttendanceSchema>;

export const signSheetSchema = z.object({ sessionId: id, slotId: id });

/**
 * The trainer's session page shows one slot's sheet at a time (?seance=<slot>);
 * anything else in the address opens the default one (sheetToOpen).
 */
export const trainerSessionQuerySchema = z.object({
  seance: id.optional().catch(undefined),
});

export const correctSheetSchema = trainerAttendanceSchema.extend({
  reason: z
    .string()
    .trim()
    .min(3, "Indiquez le motif de la correction.")
    .max(500, "Le motif ne peut pas dépasser 500 caractères."),
});
export type CorrectSheetInput = z.infer<typeof correctSheetSchema>;

export const selfSignSchema = z.object({
  slotId: id,
  code: z
    .string("Saisissez le code.")
    .regex(/^\d{6}$/, "Saisissez les 6 chiffres du code affiché par le formateur."),
});
export type SelfSignInput = z.infer<typeof selfSignSchema>;

export const calendarFeedSchema = z.object({
  intent: z.enum(["rotate", "revoke"], "Action inconnue."),
});

export const addTrainerSchema = z.object({
  sessionId: id,
  email: z.string().trim().toLowerCase().email("Saisissez une adresse e-mail valide.").max(254),
  firstName: z.string().trim().min(1, "Saisissez le prénom.").max(100),
  lastName: z.string().trim().min(1, "Saisissez le nom.").max(100),
});
export type AddTrainerInput = z.infer<typeof addTrainerSchema>;

export const removeTrainerSchema = z.object({ sessionId: id, trainerId: id });

/** "Questions des participants": answer, and close the question at once (ticked by default). */
export const trainerAnswerSchema = answerQuestionSchema.extend({
  close: z.boolean("Indiquez si la question est close."),
});
export type TrainerAnswerInput = z.infer<typeof trainerAnswerSchema>;

export const closeQuestionSchema = z.object({ questionId: id });

const RATING_MESSAGE = "Choisissez une note de 1 à 5.";
const rating = z.coerce
  .number(RATING_MESSAGE)
  .int(RATING_MESSAGE)
  .min(1, RATING_MESSAGE)
  .max(5, RATING_MESSAGE);
// Null as well as empty: the browser sends what the form's own check returned (empty -> null).
const remark = z
  .string("Saisissez un texte.")
  .trim()
  .max(4000, "Ce texte ne peut pas dépasser 4 000 caractères.")
  .nullish()
  .transform((v) => (v ? v : null));

/** The trainer's own assessment of a session (lib/trainers/assessment-questions.ts). */
export const trainerAssessmentSchema = z.object({
  sessionId: id,
  objectivesRating: rating,
  groupRating: rating,
  conditionsRating: rating,
  strengths: remark,
  improvements: remark,
});
export type TrainerAssessmentFormValues = z.input<typeof trainerAssessmentSchema>;
export type TrainerAssessmentInput = z.output<typeof trainerAssessmentSchema>;
