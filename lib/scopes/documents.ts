import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import type { Actor, Scope } from "./actor";
import { registrationsFor } from "./registrations";

export type DocumentScope = Scope<Prisma.RegistrationWhereInput>;

/**
 * The registrations whose documents (convocation, certificate, calendar file)
 * an actor may download: the participant's own, a company's with "documents.view"
 * (registrations made while the participant was its collaborator), the sessions of the staff's organizations. Each document's
 * own rules (confirmed, session held, certificate rule met) come on top, the
 * same for everyone. Null: none at all.
 */
export function documentScope(actor: Actor | null): DocumentScope | null {
  // Convocations and certificates are the participant's and the organization's, not the trainer's.
  if (actor?.kind === "trainer") return null;
  return registrationsFor(actor, "documents.view");
}
