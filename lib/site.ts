/** What the product says about itself: name and the assistance contact (guide rule 16). */
export const SITE = {
  name: "Parcours",
  tagline: "Votre espace de formation continue",
  supportPhone: process.env.SUPPORT_PHONE ?? "01 86 95 40 20",
  supportEmail: process.env.SUPPORT_EMAIL ?? "assistance@parcours-formation.fr",
  supportHours: "Du lundi au vendredi de 9h à 18h (heure de Paris), hors jours fériés",
} as const;
