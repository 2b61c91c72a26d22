import type { QuestionnaireKind } from "@/lib/db/generated/enums";

/**
 * The three questionnaires of the training cycle, their route segment
 * (/sessions/<id>/questionnaires/<slug>, French because users see it) and the
 * words the guide uses for them.
 */
export const QUESTIONNAIRE_KINDS = ["POSITIONING", "VALIDATION", "SATISFACTION"] as const;

export const QUESTIONNAIRE_SLUGS = {
  POSITIONING: "positionnement",
  VALIDATION: "validation",
  SATISFACTION: "satisfaction",
} as const satisfies Record<QuestionnaireKind, string>;

export type QuestionnaireSlug = (typeof QUESTIONNAIRE_SLUGS)[QuestionnaireKind];

export const SLUG_VALUES = Object.values(QUESTIONNAIRE_SLUGS) as [
  QuestionnaireSlug,
  ...QuestionnaireSlug[],
];

export function kindOfSlug(slug: string): QuestionnaireKind | null {
  return QUESTIONNAIRE_KINDS.find((kind) => QUESTIONNAIRE_SLUGS[kind] === slug) ?? null;
}

export function questionnaireHref(registrationId: string, kind: QuestionnaireKind): string {
  return `/sessions/${registrationId}/questionnaires/${QUESTIONNAIRE_SLUGS[kind]}`;
}

/** Positioning and validation are graded from the answer keys; satisfaction is not. */
export function isScored(kind: QuestionnaireKind): boolean {
  return kind !== "SATISFACTION";
}

export const QUESTIONNAIRE_LABELS: Record<
  QuestionnaireKind,
  { heading: string; entry: string; start: string; resume: string }
> = {
  POSITIONING: {
    heading: "Test de positionnement",
    entry: "Test de positionnement",
    start: "Répondre au test de positionnement",
    resume: "Reprendre le test de positionnement",
  },
  VALIDATION: {
    heading: "Test de validation des acquis",
    entry: "Validation des acquis",
    start: "Commencer mon test",
    resume: "Reprendre mon test",
  },
  SATISFACTION: {
    heading: "Questionnaire de satisfaction",
    entry: "Satisfaction",
    start: "Saisir ma satisfaction",
    resume: "Reprendre ma saisie",
  },
};
