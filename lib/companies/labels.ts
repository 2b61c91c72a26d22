import type { Profession } from "@/lib/db/generated/enums";

export const PROFESSION_LABELS: Record<Profession, string> = {
  EXPERT_COMPTABLE: "Expert-comptable",
  COMMISSAIRE_AUX_COMPTES: "Commissaire aux comptes",
  COLLABORATEUR_COMPTABLE: "Collaborateur comptable",
  EXPERT_COMPTABLE_STAGIAIRE: "Expert-comptable stagiaire",
  OTHER: "Autre",
};

/** Said when a participant has confirmed a firm's request: by the button, then by the link's page. */
export const collaboratorJoinedMessage = (companyName: string) =>
  `C'est fait : vous êtes collaborateur de ${companyName}.`;
