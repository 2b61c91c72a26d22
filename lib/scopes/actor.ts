import "server-only";
import { isPermission, type Permission } from "@/lib/auth/permissions";
import { isRecordId } from "@/lib/db/record-id";

/*
 * Who may see which rows lives in this folder: one scope function per resource
 * (registrations, documents, orders, invoices, questionnaire responses,
 * e-learning progress, materials), each a `switch` on the kind of actor with one
 * branch per space. It is one folder rather than a scope.ts per domain because
 * every domain reads several resources (a session's details read registrations,
 * responses and progress; billing reads orders and invoices) and the trainer and
 * internship spaces add a branch to most of them: here, they add one kind below
 * and one `case` per scope, and TypeScript lists every scope still missing it.
 * The trainer's sessions (trainer.ts) and the sides of a stage (internships.ts)
 * live here too, as their own modules until their spaces read these resources.
 * This folder imports only lib/auth's permissions table and lib/db's types, so
 * that every domain may import it without importing one another.
 */

/** A signed-in user acting in one space: the input of every scope. */
export type Actor =
  /** A participant reads their own rows. */
  | { kind: "participant"; participantId: string }
  /** A member of a company reads its collaborators' rows, per habilitation. */
  | { kind: "company"; companyId: string; permissions: readonly Permission[] }
  /** Staff read the rows of their organizations' sessions. */
  | { kind: "staff"; organizationIds: readonly string[] }
  /** A trainer reads the rows of the sessions he is assigned to (SessionTrainer). */
  | { kind: "trainer"; userId: string };

export type ParticipantActor = Extract<Actor, { kind: "participant" }>;

declare const scoped: unique symbol;

/**
 * A Prisma filter produced by a scope function of this folder. Data functions
 * take a Scope, not a bare where, so that an ownership filter can only come
 * from here (the brand exists for the type checker only).
 */
export type Scope<Where> = Where & { readonly [scoped]: true };

export function scope<Where>(where: Where): Scope<Where> {
  return where as Scope<Where>;
}

/** For the `default` of every scope's switch: a new kind of actor fails to compile until handled. */
export function unknownActor(actor: never): null {
  void actor;
  return null;
}

export function participantActor(viewer: { participantId: string }): ParticipantActor;
export function participantActor(viewer: { participantId: string | null }): Actor | null;
export function participantActor(viewer: { participantId: string | null }): Actor | null {
  return viewer.participantId ? { kind: "participant", participantId: viewer.participantId } : null;
}

/** Null when the viewer is not a member of that company (or the id is malformed). */
export function companyActor(
  viewer: { companies: readonly { companyId: string; permissions: readonly string[] }[] },
  companyId: string,
): Actor | null {
  if (!isRecordId(companyId)) return null;
  const membership = viewer.companies.find((c) => c.companyId === companyId);
  return membership
    ? { kind: "company", companyId, permissions: membership.permissions.filter(isPermission) }
    : null;
}

/** Null when the viewer is staff of no organization. */
export function staffActor(viewer: {
  organizations: readonly { organizationId: string }[];
}): Actor | null {
  const organizationIds = viewer.organizations.map((o) => o.organizationId);
  return organizationIds.length ? { kind: "staff", organizationIds } : null;
}

/** Null when the viewer teaches no session (the Espace formateur is closed to him). */
export function trainerActor(viewer: { id: string; trainerSessions: number }): Actor | null {
  return viewer.trainerSessions > 0 ? { kind: "trainer", userId: viewer.id } : null;
}

/** The trainer branch of every scope: the sessions he is assigned to. */
export const taughtBy = (userId: string) => ({ trainers: { some: { userId } } });

/** The company branch of every scope: the member's habilitation opens the rows, or nothing. */
export function holds(actor: { permissions: readonly Permission[] }, permission: Permission) {
  return actor.permissions.includes(permission);
}
