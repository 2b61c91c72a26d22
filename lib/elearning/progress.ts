import "server-only";
import type { ParticipantViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/db/generated/client";
import { findEnrolment } from "./access";

type UnitRef = { registrationId: string; unitId: string };

/**
 * Progress is proof of distance work (Code du travail D6353-4): it is recorded
 * only while access is open, for a unit of the participant's own module.
 * Returns false when not allowed (the caller answers 404).
 */
async function writeProgress(
  viewer: ParticipantViewer,
  ref: UnitRef,
  now: Date,
  write: {
    create: Omit<Prisma.ElearningProgressUncheckedCreateInput, "registrationId" | "unitId">;
    update: Prisma.ElearningProgressUpdateInput;
  },
): Promise<boolean> {
  const enrolment = await findEnrolment(viewer, ref.registrationId, now);
  if (!enrolment || enrolment.access.state !== "open") return false;
  const db = await getDb();
  const unit = await db.elearningUnit.findFirst({
    where: { id: ref.unitId, moduleId: enrolment.moduleId },
    select: { id: true },
  });
  if (!unit) return false;
  await db.elearningProgress.upsert({
    where: { registrationId_unitId: ref },
    create: { ...ref, ...write.create },
    update: write.update,
  });
  return true;
}

/** Adds reading time to a unit and marks it started (a completed unit stays completed). */
export async function recordUnitTime(
  viewer: ParticipantViewer,
  input: UnitRef & { seconds: number },
  now: Date = new Date(),
) {
  const { seconds, ...ref } = input;
  const written = await writeProgress(viewer, ref, now, {
    create: { status: "IN_PROGRESS", timeSpentSeconds: seconds, startedAt: now, lastSeenAt: now },
    update: { timeSpentSeconds: { increment: seconds }, lastSeenAt: now },
  });
  if (written) {
    const db = await getDb();
    await db.elearningProgress.updateMany({
      where: { ...ref, status: "NOT_STARTED" },
      data: { status: "IN_PROGRESS", startedAt: now },
    });
  }
  return written;
}

export async function completeUnit(
  viewer: ParticipantViewer,
  input: UnitRef,
  now: Date = new Date(),
) {
  const ref = { registrationId: input.registrationId, unitId: input.unitId };
  return writeProgress(viewer, ref, now, {
    create: { status: "COMPLETED", startedAt: now, completedAt: now, lastSeenAt: now },
    update: { status: "COMPLETED", completedAt: now, lastSeenAt: now },
  });
}
