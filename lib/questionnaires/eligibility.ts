import type { QuestionnaireKind, RegistrationStatus } from "@/lib/db/generated/enums";

/**
 * Who may answer, besides being the registration's participant (the loaders
 * check that, and answer 404 otherwise):
 * - positioning: while the registration waits for confirmation (guide rule 5:
 *   the organization confirms after reading it), and also once confirmed as
 *   long as the session has not started, because an organization may confirm
 *   first and still position the participant at entry (Qualiopi indicator 8);
 * - validation and satisfaction: confirmed registrations only, the people who
 *   attended; a cancelled or refused registration answers nothing.
 * Returns the French reason of a refusal, or null when the participant may answer.
 */
export function answerRefusal(
  kind: QuestionnaireKind,
  registration: { status: RegistrationStatus },
  session: { startsAt: Date },
  now: Date,
): string | null {
  if (kind === "POSITIONING") {
    if (registration.status === "PENDING") return null;
    if (registration.status === "CONFIRMED" && now < session.startsAt) return null;
    return registration.status === "CONFIRMED"
      ? "Le test de positionnement se passe avant le début de la session : il n'est plus proposé."
      : "Le test de positionnement n'est pas proposé pour une inscription annulée ou refusée.";
  }
  if (registration.status === "CONFIRMED") return null;
  return "Ce questionnaire est réservé aux participants dont l'inscription est confirmée.";
}
