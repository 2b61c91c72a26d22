import { z } from "zod";

/** Shared by the /connexion form and the credentials check on the server. */
export const signInSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, "Saisissez votre adresse e-mail.")
    .max(254, "Adresse e-mail trop longue.")
    .pipe(z.email("Adresse e-mail invalide.")),
  password: z.string().min(1, "Saisissez votre mot de passe.").max(1024, "Mot de passe trop long."),
});

export type SignInInput = z.infer<typeof signInSchema>;

/** One message for every failure: it must not tell which field was wrong. */
export const SIGN_IN_FAILED = "Adresse e-mail ou mot de passe incorrect";
