import { z } from "zod";
import { recordIdSchema } from "@/lib/db/record-id";

/** Shared by the forms of the module page and the server actions that receive them. */
const id = recordIdSchema;

export const unitTimeSchema = z.object({
  registrationId: id,
  unitId: id,
  // One heartbeat reports at most a minute: a forged call cannot add hours.
  seconds: z.number().int().min(0).max(60),
});

export const completeUnitSchema = z.object({ registrationId: id, unitId: id });

export const askQuestionSchema = z.object({
  registrationId: id,
  body: z
    .string()
    .trim()
    .min(10, "Votre question doit compter au moins 10 caractères.")
    .max(2000, "Votre question ne peut pas dépasser 2 000 caractères."),
});

export type AskQuestionInput = z.infer<typeof askQuestionSchema>;
