import { z } from "zod";
import { recordIdSchema } from "@/lib/db/record-id";
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
