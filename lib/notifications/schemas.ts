import { z } from "zod";
import { CHOICES, OPTIONAL_CATEGORIES, type OptionalCategory } from "./categories";

/**
 * "Mes notifications": one choice per optional category. The form and the
 * server action parse the same schema; a category that is not optional
 * (accounts and security, or anything unknown) or a choice that is not one of
 * the three is refused on its field, in French.
 */
export const UNKNOWN_CHOICE = "Choisissez Immédiatement, Résumé hebdomadaire ou Jamais.";
export const UNKNOWN_CATEGORY = "Catégorie de notifications inconnue ou toujours active.";

const choice = z.enum(CHOICES, { error: UNKNOWN_CHOICE });

const shape = Object.fromEntries(OPTIONAL_CATEGORIES.map((c) => [c, choice])) as Record<
  OptionalCategory,
  typeof choice
>;

export const preferencesSchema = z.strictObject(
  { choices: z.strictObject(shape, { error: UNKNOWN_CATEGORY }) },
  { error: "Ce formulaire n'attend que vos choix de notifications." },
);

export type PreferencesInput = z.infer<typeof preferencesSchema>;
