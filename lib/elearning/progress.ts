import "server-only";
import type { ParticipantViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db";
import { findEnrolment } from "./access";

/**
 * Progress is proof of distance work (Code du travail D6353-4): it is recorded
 * only while access is open, for a unit of the participant's own module.
 */
async function openUnit(
  viewer: ParticipantViewer,
  registrationId: string,
  unitId: string,
  now: Date,
) {
  const enrolment = await findEnrolment(viewer, registrationId, now);
  if (!enrolment || enrolment.access.state !== "open") return null;
  const db = await getDb();
  const unit = await db.elearningUnit.findFirst({
    where: { id: unitId, moduleId: enrolment.moduleId },
    select: { id: true },
  });
  return unit ? db : null;
}

/** Adds reading time to a unit and marks it started. false when not allowed (404). */
export async function recordUnitTime(
  viewer: ParticipantViewer,
  input: { registrationId: string; unitId: string; seconds: number },
  now: Date = new Date(),
): Promise<boolean> {
  const db = await openUnit(viewer, input.registrationId, input.unitId, now);
  if (!db) return false;
  await db.elearningProgress.upsert({
    where: {
      registrationId_unitId: { registrationId: input.registrationId, unitId: input.unitId },
    },
    create: {
      registrationId: input.registrationId,
      unitId: input.unitId,
      status: "IN_PROGRESS",
      timeSpentSeconds: input.seconds,
      startedAt: now,
      lastSeenAt: now,
    },
    update: { timeSpentSeconds: { increment: input.seconds }, lastSeenAt: now },
  });
  // A unit read again after completion stays completed.
  await db.elearningProgress.updateMany({
    where: { registrationId: input.registrationId, unitId: input.unitId, status: "NOT_STARTED" },
    data: { status: "IN_PROGRESS", startedAt: now },
  });
  return true;
}

export async function completeUnit(
  viewer: ParticipantViewer,
  input: { registrationId: string; unitId: string },
  now: Date = new Date(),
): Promise<boolean> {
  const db = await openUnit(viewer, input.registrationId, input.unitId, now);
  if (!db) return false;
  await db.elearningProgress.upsert({
    where: {
      registrationId_unitId: { registrationId: input.registrationId, unitId: input.unitId },
    },
    create: {
      registrationId: input.registrationId,
      unitId: input.unitId,
      status: "COMPLETED",
      startedAt: now,
      completedAt: now,
      lastSeenAt: now,
    },
    update: { status: "COMPLETED", completedAt: now, lastSeenAt: now },
  });
  return true;
}
