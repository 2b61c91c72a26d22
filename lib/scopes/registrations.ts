import "server-only";
import type { Permission } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/db/generated/client";
import { isRecordId } from "@/lib/db/record-id";
import {
  holds,
  scope,
  taughtBy,
  unknownActor,
  type Actor,
  type ParticipantActor,
  type Scope,
} from "./actor";

export type RegistrationScope = Scope<Prisma.RegistrationWhereInput>;

/**
 * The registrations an actor may read (their session, status, order, scores,
 * progress): the participant's own, a company's with "trainings.view" (those
 * made while the participant was its collaborator: Registration.companyId, so
 * not those after they left), the sessions of the staff's organizations. Null: none at all
 * (the page answers 404).
 */
export function registrationScope(actor: ParticipantActor): RegistrationScope;
export function registrationScope(actor: Actor | null): RegistrationScope | null;
export function registrationScope(actor: Actor | null): RegistrationScope | null {
  return registrationsFor(actor, "trainings.view");
}

/**
 * The registrations of an actor, a company member's under `permission` (what he reads of
 * them: "trainings.view" their training, "documents.view" their documents).
 */
export function registrationsFor(
  actor: Actor | null,
  permission: Permission,
): Scope<Prisma.RegistrationWhereInput> | null {
  if (!actor) return null;
  switch (actor.kind) {
    case "participant":
      return scope({ participantId: actor.participantId });
    case "company":
      return holds(actor, permission) ? scope({ companyId: actor.companyId }) : null;
    case "staff":
      return scope({ session: { organizationId: { in: [...actor.organizationIds] } } });
    case "trainer":
      // The confirmed participants of his sessions: their names, scores and marks.
      return scope({ status: "CONFIRMED", session: taughtBy(actor.userId) });
    default:
      return unknownActor(actor);
  }
}

/**
 * One of the participant's own registrations, with what the page adds (confirmed, a
 * modality); null when the id is malformed (then 404, like any registration not theirs).
 */
export function ownRegistration(
  actor: ParticipantActor,
  registrationId: string,
  where: Prisma.RegistrationWhereInput = {},
): Prisma.RegistrationWhereInput | null {
  if (!isRecordId(registrationId)) return null;
  return { AND: [registrationScope(actor), { id: registrationId, ...where }] };
}
