import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { scope, type Actor, type ParticipantActor, type Scope } from "./actor";
import { registrationScope } from "./registrations";

export type ElearningProgressScope = Scope<Prisma.ElearningProgressWhereInput>;

/**
 * The e-learning progress an actor may read: that of the registrations it may
 * read (registrationScope). Writing progress is the participant's alone
 * (lib/elearning/access: findEnrolment). Null: none.
 */
export function elearningProgressScope(actor: ParticipantActor): ElearningProgressScope;
export function elearningProgressScope(actor: Actor | null): ElearningProgressScope | null;
export function elearningProgressScope(actor: Actor | null): ElearningProgressScope | null {
  const registration = registrationScope(actor);
  return registration ? scope({ registration }) : null;
}
