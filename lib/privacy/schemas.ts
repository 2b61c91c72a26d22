import { z } from "zod";
import { ERASURE_CONFIRMATION_WORD } from "./erasure-word";

/**
 * Shared by the erasure form and its server action. The person types the word
 * and their own e-mail address, on purpose: the erasure cannot be undone, and
 * someone else at a computer left signed in is unlikely to know the address.
 */
export { ERASURE_CONFIRMATION_WORD };

export const eraseAccountSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, "Saisissez l'adresse e-mail de votre compte.")
    .max(254, "Adresse e-mail trop longue.")
    .pipe(z.email("Adresse e-mail invalide.")),
  confirmation: z
    .string()
    .trim()
    .refine((value): boolean => value === ERASURE_CONFIRMATION_WORD, {
      message: `Saisissez ${ERASURE_CONFIRMATION_WORD} en majuscules pour confirmer.`,
    }),
});

export type EraseAccountInput = z.infer<typeof eraseAccountSchema>;

export const WRONG_EMAIL = "Cette adresse n'est pas celle de votre compte.";
