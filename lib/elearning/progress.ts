import "server-only";
import { queueCertificateNotices } from "@/lib/certificates/notice";
import { inBackground } from "@/lib/mail/queue";
import type { ParticipantViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/db/generated/client";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { findEnrolment } from "./access";

type UnitRef = { registrationId: string; unitId: string };

/** A unit of the participant's own module, while their access is open. */
async function isOpenUnit(viewer: ParticipantViewer, ref: UnitRef, now: Date): Promise<boolean> {
  const enrolment = await findEnrolment(viewer, ref.registrationId, now);
  if (!enrolment || enrolment.access.state !== "open") return false;
  const db = await getDb();
  const unit = await db.elearningUnit.findFirst({
    where: { id: ref.unitId, moduleId: enrolment.moduleId },
    select: { id: true },
  });
  return unit !== null;
}

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
  if (!(await isOpenUnit(viewer, ref, now))) return false;
  const db = await getDb();
  await db.elearningProgress.upsert({
    where: { registrationId_unitId: ref },
    create: { ...ref, ...write.create },
    update: write.update,
  });
  return true;
}

/**
 * Adds reading time to a unit and marks it started (a completed unit stays
 * completed). Time is capped by the wall-clock time since the last report, so
 * a duplicated, replayed or out-of-order heartbeat (two tabs, a retry) never
 * counts twice, and lastSeenAt never goes backwards.
 */
export async function recordUnitTime(
  viewer: ParticipantViewer,
  input: UnitRef & { seconds: number },
  now: Date = new Date(),
): Promise<boolean> {
  const { seconds, ...ref } = input;
  if (!(await isOpenUnit(viewer, ref, now))) return false;
  const db = await getDb();
  const write = () =>
    db.$transaction(async (tx) => {
      // Lock the row so that two heartbeats at once are counted one after the other.
      await tx.$queryRaw`SELECT 1 FROM "ElearningProgress" WHERE "registrationId" = ${ref.registrationId} AND "unitId" = ${ref.unitId} FOR UPDATE`;
      const row = await tx.elearningProgress.findUnique({
        where: { registrationId_unitId: ref },
        select: { status: true, lastSeenAt: true },
      });
      if (!row) {
        await tx.elearningProgress.create({
          data: {
            ...ref,
            status: "IN_PROGRESS",
            timeSpentSeconds: seconds,
            startedAt: now,
            lastSeenAt: now,
          },
        });
        return;
      }
      const last = row.lastSeenAt?.getTime() ?? 0;
      const elapsed = Math.max(0, Math.floor((now.getTime() - last) / 1000));
      await tx.elearningProgress.update({
        where: { registrationId_unitId: ref },
        data: {
          timeSpentSeconds: { increment: row.lastSeenAt ? Math.min(seconds, elapsed) : seconds },
          lastSeenAt: new Date(Math.max(last, now.getTime())),
          ...(row.status === "NOT_STARTED"
            ? { status: "IN_PROGRESS" as const, startedAt: now }
            : {}),
        },
      });
    });
  try {
    await write();
  } catch (error) {
    // Two first heartbeats raced to create the row: count this one against the winner's.
    if (!isUniqueViolation(error)) throw error;
    await write();
  }
  return true;
}

export async function completeUnit(
  viewer: ParticipantViewer,
  input: UnitRef,
  now: Date = new Date(),
) {
  const ref = { registrationId: input.registrationId, unitId: input.unitId };
  const written = await writeProgress(viewer, ref, now, {
    create: { status: "COMPLETED", startedAt: now, completedAt: now, lastSeenAt: now },
    update: { status: "COMPLETED", completedAt: now, lastSeenAt: now },
  });
  // The last unit completed may be what the certificate was waiting for.
  if (written) {
    inBackground("attestation disponible", () =>
      queueCertificateNotices(
        { id: input.registrationId, session: { certificateRule: "ELEARNING_COMPLETED" } },
        now,
      ),
    );
  }
  return written;
}
