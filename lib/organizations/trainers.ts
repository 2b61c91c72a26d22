import "server-only";
import { writeAudit } from "@/lib/audit/log";
import { inviteTrainer } from "@/lib/accounts/invitations";
import type { Viewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db";
import { isRecordId } from "@/lib/db/record-id";
import { findStaffSession, staffSessionWhere } from "./access";

/** The trainers of a staff member's session ("Formateurs" on the session page). */
export async function listSessionTrainers(viewer: Viewer, sessionId: string) {
  const session = staffSessionWhere(viewer, sessionId);
  if (!session) return null;
  return (await getDb()).sessionTrainer.findMany({
    where: { session },
    select: {
      id: true,
      addedAt: true,
      user: { select: { firstName: true, lastName: true, email: true } },
    },
    orderBy: { addedAt: "asc" },
  });
}

/**
 * Assigns a trainer by e-mail; a person without an account is invited (the
 * usual invitation link) and lands in the Espace formateur. Audited.
 */
export async function addSessionTrainer(
  viewer: Viewer,
  input: { sessionId: string; email: string; firstName: string; lastName: string },
  now: Date = new Date(),
): Promise<{ outcome: "added"; invited: boolean } | { outcome: "already" } | null> {
  const session = await findStaffSession(viewer, input.sessionId);
  if (!session) return null;
  const db = await getDb();
  // Like registering by e-mail: the invitation (and its mail) stands on its own.
  const person = await inviteTrainer(db, { ...input, invitedById: viewer.id });
  return db.$transaction(async (tx) => {
    const existing = await tx.sessionTrainer.findUnique({
      where: { sessionId_userId: { sessionId: session.id, userId: person.userId } },
      select: { id: true },
    });
    if (existing) return { outcome: "already" as const };
    const trainer = await tx.sessionTrainer.create({
      data: {
        sessionId: session.id,
        userId: person.userId,
        organizationId: session.organizationId,
        addedById: viewer.id,
        addedAt: now,
      },
      select: { id: true },
    });
    await writeAudit(tx, {
      actorUserId: viewer.id,
      organizationId: session.organizationId,
      action: "session.trainer_added",
      entityType: "TrainingSession",
      entityId: session.id,
      data: {
        trainerId: trainer.id,
        email: input.email,
        accountCreated: person.created,
        invitationSent: person.invitationSent,
      },
      at: now,
    });
    return { outcome: "added" as const, invited: person.invitationSent };
  });
}

/** Removes a trainer from a session (the sheets he signed stay as signed). Audited. */
export async function removeSessionTrainer(
  viewer: Viewer,
  input: { sessionId: string; trainerId: string },
  now: Date = new Date(),
): Promise<true | null> {
  const session = staffSessionWhere(viewer, input.sessionId);
  if (!session || !isRecordId(input.trainerId)) return null;
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const trainer = await tx.sessionTrainer.findFirst({
      where: { id: input.trainerId, session },
      select: {
        id: true,
        sessionId: true,
        userId: true,
        session: { select: { organizationId: true } },
      },
    });
    if (!trainer) return null;
    await tx.sessionTrainer.delete({ where: { id: trainer.id } });
    await writeAudit(tx, {
      actorUserId: viewer.id,
      organizationId: trainer.session.organizationId,
      action: "session.trainer_removed",
      entityType: "TrainingSession",
      entityId: trainer.sessionId,
      data: { trainerUserId: trainer.userId },
      at: now,
    });
    return true as const;
  });
}
