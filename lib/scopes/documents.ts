import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { holds, scope, unknownActor, type Actor, type Scope } from "./actor";

export type DocumentScope = Scope<Prisma.RegistrationWhereInput>;

/**
 * The registrations whose documents (convocation, certificate, calendar file)
 * an actor may download: the participant's own, a company's with "documents.view"
 * (registrations made while the participant was its collaborator), the sessions of the staff's organizations. Each document's
 * own rules (confirmed, session held, certificate rule met) come on top, the
 * same for everyone. Null: none at all.
 */
export function documentScope(actor: Actor | null): DocumentScope | null {
  if (!actor) return null;
  switch (actor.kind) {
    case "participant":
      return scope({ participantId: actor.participantId });
    case "company":
      return holds(actor, "documents.view") ? scope({ companyId: actor.companyId }) : null;
    case "staff":
      return scope({ session: { organizationId: { in: [...actor.organizationIds] } } });
    case "trainer":
      // Convocations and certificates are the participant's and the organization's.
      return null;
    default:
      return unknownActor(actor);
  }
}
