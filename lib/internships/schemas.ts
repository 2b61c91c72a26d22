import { z } from "zod";
import { RECORD_ID_PATTERN, recordIdSchema } from "@/lib/db/record-id";
import { ACTIVITY_KEYS, type ActivityKey } from "./activity-kinds";

/** Shared by the forms of the internship spaces and the server actions that receive them. */
export const MAX_REPORT_CHARACTERS = 60_000;

const hoursValue = z
  .number("Indiquez un nombre d'heures.")
  .min(0, "Le nombre d'heures ne peut pas être négatif.")
  .max(3000, "Pas plus de 3 000 heures par rubrique.")
  .multipleOf(0.5, "Indiquez des heures entières ou des demi-heures.");

export const activityHoursSchema = z
  .object(
    Object.fromEntries(ACTIVITY_KEYS.map((k) => [k, hoursValue.optional()])) as Record<
      ActivityKey,
      z.ZodOptional<typeof hoursValue>
    >,
  )
  .strict();

/** The autosaved draft of a report (text) or of an annual activity sheet (text and hours). */
export const saveDraftSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("REPORT"),
    sequence: z.number().int().min(1, "Rapport inconnu.").max(4, "Rapport inconnu."),
    body: z
      .string()
      .max(MAX_REPORT_CHARACTERS, "Le rapport ne peut pas dépasser 60 000 caractères."),
  }),
  z.object({
    kind: z.literal("ACTIVITY_SHEET"),
    sequence: z.number().int().min(1, "Année inconnue.").max(3, "Année inconnue."),
    body: z.string().max(5000, "Les commentaires ne peuvent pas dépasser 5 000 caractères."),
    hours: activityHoursSchema,
  }),
  // The training sheet fills itself from the sessions attended: the stagiaire adds a comment.
  z.object({
    kind: z.literal("TRAINING_SHEET"),
    sequence: z.number().int().min(1, "Année inconnue.").max(3, "Année inconnue."),
    body: z.string().max(5000, "Le commentaire ne peut pas dépasser 5 000 caractères."),
  }),
]);
export type SaveDraftInput = z.infer<typeof saveDraftSchema>;

export const documentIdSchema = z.object({ documentId: recordIdSchema });

export const endorseSchema = z.object({
  documentId: recordIdSchema,
  comment: z
    .string()
    .trim()
    .max(5000, "Les observations ne peuvent pas dépasser 5 000 caractères."),
});
export type EndorseInput = z.infer<typeof endorseSchema>;

export const returnSchema = z.object({
  documentId: recordIdSchema,
  comment: z
    .string()
    .trim()
    .min(5, "Indiquez la raison du renvoi (5 caractères au moins).")
    .max(5000, "La raison ne peut pas dépasser 5 000 caractères."),
});
export type ReturnInput = z.infer<typeof returnSchema>;

/** The contrôleur's decision: "Valider" with optional observations, "Demander des corrections" with what to correct. */
export const validateSchema = endorseSchema;
export type ValidateInput = EndorseInput;

export const correctionsSchema = z.object({
  documentId: recordIdSchema,
  comment: z
    .string()
    .trim()
    .min(5, "Indiquez les corrections demandées (5 caractères au moins).")
    .max(5000, "Les corrections ne peuvent pas dépasser 5 000 caractères."),
});
export type CorrectionsInput = z.infer<typeof correctionsSchema>;

/** The contrôleur principal gives a stagiaire to another contrôleur (adjoint) of the council. */
export const reassignSchema = z.object({
  internshipId: recordIdSchema,
  controllerId: z
    .string("Choisissez un contrôleur de stage.")
    .regex(RECORD_ID_PATTERN, "Choisissez un contrôleur de stage."),
});
export type ReassignInput = z.infer<typeof reassignSchema>;

const wholeNumber = (label: string, min: number, max: number) =>
  z
    .number(`Indiquez ${label}.`)
    .int(`Indiquez ${label} en nombre entier.`)
    .min(min, `${label[0]!.toUpperCase()}${label.slice(1)} : ${min} au moins.`)
    .max(max, `${label[0]!.toUpperCase()}${label.slice(1)} : ${max} au plus.`);

/**
 * The council's deadlines and penalties (the settings every due date is
 * computed from). Report deadlines: the default (end of each semester of
 * years 2 and 3 of a three-year stage), or four months after the start, in
 * order, within years 2 and 3.
 */
export const councilSettingsSchema = z
  .object({
    councilId: recordIdSchema,
    annualSheetDelayDays: wholeNumber("le délai des fiches annuelles", 1, 90),
    customReports: z.boolean(),
    report1: wholeNumber("l'échéance du rapport 1", 12, 36),
    report2: wholeNumber("l'échéance du rapport 2", 12, 36),
    report3: wholeNumber("l'échéance du rapport 3", 12, 36),
    report4: wholeNumber("l'échéance du rapport 4", 12, 36),
    trainingDaysTotal: wholeNumber("le nombre de jours de formation", 0, 60),
    elearningHoursTotal: wholeNumber("le nombre d'heures d'e-learning", 0, 400),
    amlDayYear: wholeNumber("l'année de la journée anti-blanchiment", 1, 3),
    penaltyMonths: wholeNumber("la pénalité de retard", 0, 12),
  })
  .superRefine((v, ctx) => {
    if (!v.customReports) return;
    const months = [v.report1, v.report2, v.report3, v.report4];
    for (let i = 1; i < 4; i++) {
      if (months[i]! <= months[i - 1]!) {
        ctx.addIssue({
          code: "custom",
          path: [`report${i + 1}`],
          message: `Le rapport ${i + 1} doit être dû après le rapport ${i}.`,
        });
      }
    }
  });
export type CouncilSettingsInput = z.infer<typeof councilSettingsSchema>;

/** The form's values from the stored settings (an empty list: the default deadlines). */
export const DEFAULT_REPORT_MONTHS = [18, 24, 30, 36] as const;
