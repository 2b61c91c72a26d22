import "server-only";
import type { ParticipantViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db";
import { isRecordId } from "@/lib/db/record-id";
import { findEnrolment } from "./access";

/** A unit's downloadable file, while the participant's access is open; null otherwise (404). */
export async function getUnitFile(
  viewer: ParticipantViewer,
  registrationId: string,
  unitId: string,
  now: Date = new Date(),
): Promise<{ storageKey: string; fileName: string } | null> {
  const enrolment = await findEnrolment(viewer, registrationId, now);
  if (!enrolment || enrolment.access.state !== "open" || !isRecordId(unitId)) return null;
  const db = await getDb();
  const unit = await db.elearningUnit.findFirst({
    where: { id: unitId, moduleId: enrolment.moduleId },
    select: { fileStorageKey: true, fileName: true },
  });
  return unit?.fileStorageKey && unit.fileName
    ? { storageKey: unit.fileStorageKey, fileName: unit.fileName }
    : null;
}
