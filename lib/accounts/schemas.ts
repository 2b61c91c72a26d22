import { z } from "zod";

/** Shared by the password forms (invitation, reset) and the server actions that receive them. */
export const setPasswordSchema = z
  .object({
    token: z.string().min(1).max(128),
    password: z
      .string()
      .min(12, "Votre mot de passe doit compter au moins 12 caractères.")
      .max(200, "Votre mot de passe ne peut pas dépasser 200 caractères."),
    confirmation: z.string(),
  })
  .refine((v) => v.password === v.confirmation, {
    path: ["confirmation"],
    message: "Les deux mots de passe ne sont pas identiques.",
  });

export type SetPasswordInput = z.infer<typeof setPasswordSchema>;

export const resetRequestSchema = z.object({
  email: z.string().trim().email("Saisissez une adresse e-mail valide.").max(254),
});

export type ResetRequestInput = z.infer<typeof resetRequestSchema>;

/** Said whether the e-mail has an account or not, so that the form cannot probe for accounts. */
export const RESET_REQUESTED =
  "Si un compte correspond à cette adresse, un e-mail contenant un lien de réinitialisation vient de lui être envoyé. Le lien est valable 2 heures.";
