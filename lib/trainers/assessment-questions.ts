/**
 * The trainer's assessment of a session (Qualiopi indicator 30 asks for the
 * appreciations of the teaching team beside the participants'). Fixed
 * questions, stored as TrainerAssessment's columns; the form and the page read
 * their labels here (no "server-only": the browser shows them too).
 */
export const ASSESSMENT_RATINGS = [
  {
    name: "objectivesRating",
    label: "Les objectifs de la formation ont-ils été atteints par le groupe ?",
  },
  {
    name: "groupRating",
    label: "Le niveau du groupe correspondait-il aux prérequis, et le groupe s'est-il impliqué ?",
  },
  {
    name: "conditionsRating",
    label:
      "Les conditions matérielles (salle, équipement ou connexion, documents) étaient-elles satisfaisantes ?",
  },
] as const;

export const ASSESSMENT_REMARKS = [
  { name: "strengths", label: "Points forts de la session" },
  { name: "improvements", label: "Points à améliorer, incidents, suggestions" },
] as const;

export const RATING_SCALE_HINT = "De 1 (pas du tout) à 5 (tout à fait).";

/** What is read back of an assessment (its page, the trainer's personal data export). */
export const ASSESSMENT_SELECT = {
  objectivesRating: true,
  groupRating: true,
  conditionsRating: true,
  strengths: true,
  improvements: true,
  submittedAt: true,
} as const;
