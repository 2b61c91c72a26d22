import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { isRecordId } from "@/lib/db/record-id";

/** A trainer: the signed-in user (his sessions are the ones he is assigned to). */
type TrainerActor = { id: string };

/**
 * What a trainer may read: the sessions he is assigned to (SessionTrainer),
 * and in them the confirmed registrations. Every trainer data function builds
 * its query on these filters and nothing else writes a trainer ownership
 * filter; null means "nothing" (then 404, never 403).
 */
export function trainerSessionWhere(
  viewer: TrainerActor,
  sessionId?: string,
): Prisma.TrainingSessionWhereInput | null {
  if (sessionId !== undefined && !isRecordId(sessionId)) return null;
  return {
    trainers: { some: { userId: viewer.id } },
    ...(sessionId !== undefined ? { id: sessionId } : {}),
  };
}

/** The registrations a trainer sees: confirmed participants of his sessions. */
export function trainerRegistrationWhere(
  viewer: TrainerActor,
  sessionId?: string,
): Prisma.RegistrationWhereInput | null {
  const session = trainerSessionWhere(viewer, sessionId);
  return session ? { session, status: "CONFIRMED" } : null;
}

/** The slots of a trainer's sessions (optionally of one session). */
export function trainerSlotWhere(
  viewer: TrainerActor,
  sessionId?: string,
): Prisma.SessionSlotWhereInput | null {
  const session = trainerSessionWhere(viewer, sessionId);
  return session ? { session } : null;
}
