import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { scope, taughtBy, unknownActor, type Actor, type Scope } from "./actor";

export type MaterialScope = Scope<Prisma.TrainingMaterialWhereInput>;

/**
 * The training materials an actor may reach: those of the sessions the
 * participant is confirmed on (each material's availability window comes on
 * top), those of the staff's organizations' sessions. A company reaches none:
 * materials are for the people trained. Null: none.
 */
export function materialScope(actor: Actor | null): MaterialScope | null {
  if (!actor) return null;
  switch (actor.kind) {
    case "participant":
      return scope({
        session: {
          registrations: { some: { participantId: actor.participantId, status: "CONFIRMED" } },
        },
      });
    case "company":
      return null;
    case "staff":
      return scope({ session: { organizationId: { in: [...actor.organizationIds] } } });
    case "trainer":
      return scope({ session: taughtBy(actor.userId) });
    default:
      return unknownActor(actor);
  }
}
