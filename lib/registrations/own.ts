import "server-only";
import type { ParticipantViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/db/generated/client";
import { participantActor } from "@/lib/scopes/actor";
import { ownRegistration } from "@/lib/scopes/registrations";

/**
 * One of the participant's own registrations, with what the page selects (and
 * the conditions it adds: confirmed, a modality); null when the id is
 * malformed or the registration is not theirs (then 404). The participant
 * pages (details, course sheet, questionnaire, e-learning) load through it.
 */
export async function findOwnRegistration<S extends Prisma.RegistrationSelect>(
  viewer: ParticipantViewer,
  registrationId: string,
  select: S,
  where: Prisma.RegistrationWhereInput = {},
): Promise<Prisma.RegistrationGetPayload<{ select: S }> | null> {
  const own = ownRegistration(participantActor(viewer), registrationId, where);
  if (!own) return null;
  const db = await getDb();
  return db.registration.findFirst({
    where: own,
    select,
  }) as Promise<Prisma.RegistrationGetPayload<{
    select: S;
  }> | null>;
}
