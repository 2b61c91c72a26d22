import type { HalfDay, Modality, RegistrationStatus } from "@/lib/db/generated/enums";

/** The interface's words for the model's states (glossary of shared/domain.md). */
export const MODALITY_LABELS: Record<Modality, string> = {
  IN_PERSON: "Présentiel",
  VIRTUAL_CLASS: "Classe virtuelle",
  ELEARNING: "E-learning",
  CURSUS: "Cursus",
};

export const REGISTRATION_STATUS_LABELS: Record<RegistrationStatus, string> = {
  PENDING: "Inscription en attente",
  CONFIRMED: "Inscription confirmée",
  CANCELLED: "Inscription annulée",
  REFUSED: "Inscription refusée",
};

export const HALF_DAY_LABELS: Record<HalfDay, string | null> = {
  MORNING: "matin",
  AFTERNOON: "après-midi",
  FULL_DAY: null,
};
