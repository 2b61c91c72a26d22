import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { holds, scope, unknownActor, type Actor, type ParticipantActor, type Scope } from "./actor";

export type OrderScope = Scope<Prisma.OrderWhereInput>;
export type InvoiceScope = Scope<Prisma.InvoiceWhereInput>;

/**
 * A participant's orders: those they paid themselves (private participant) and
 * those their company placed for their own registrations.
 */
function concernsParticipant(participantId: string): Prisma.OrderWhereInput {
  return { OR: [{ participantId }, { registrations: { some: { participantId } } }] };
}

/**
 * The branches orders and invoices share: the staff reads what its
 * organizations received and issued (both rows carry organizationId); there is
 * no billing in the Espace formateur.
 */
function issuerBranch(
  actor: Extract<Actor, { kind: "staff" | "trainer" }>,
): Scope<{ organizationId: { in: string[] } }> | null {
  return actor.kind === "staff"
    ? scope({ organizationId: { in: [...actor.organizationIds] } })
    : null;
}

/**
 * The orders an actor may read: the participant's (above), those a company
 * paid with "orders.view", those the staff's organizations received. Null: none.
 */
export function orderScope(actor: ParticipantActor): OrderScope;
export function orderScope(actor: Actor | null): OrderScope | null;
export function orderScope(actor: Actor | null): OrderScope | null {
  if (!actor) return null;
  switch (actor.kind) {
    case "participant":
      return scope(concernsParticipant(actor.participantId));
    case "company":
      return holds(actor, "orders.view") ? scope({ companyId: actor.companyId }) : null;
    case "staff":
    case "trainer":
      return issuerBranch(actor);
    default:
      return unknownActor(actor);
  }
}

/**
 * The invoices (with their lines, payments and PDF) an actor may read: those of
 * the participant's orders, of the company's orders with "invoices.view", those
 * the staff's organizations issued. Null: none.
 */
export function invoiceScope(actor: ParticipantActor): InvoiceScope;
export function invoiceScope(actor: Actor | null): InvoiceScope | null;
export function invoiceScope(actor: Actor | null): InvoiceScope | null {
  if (!actor) return null;
  switch (actor.kind) {
    case "participant":
      return scope({ order: concernsParticipant(actor.participantId) });
    case "company":
      return holds(actor, "invoices.view")
        ? scope({ order: { companyId: actor.companyId } })
        : null;
    case "staff":
    case "trainer":
      return issuerBranch(actor);
    default:
      return unknownActor(actor);
  }
}
