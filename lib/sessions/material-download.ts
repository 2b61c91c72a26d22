import "server-only";
import { participantActor } from "@/lib/scopes/actor";
import { registrationScope } from "@/lib/scopes/registrations";
import type { ParticipantViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db";
import { isRecordId } from "@/lib/db/record-id";
import { isMaterialOpen, materialWindow } from "./material-window";

export type MaterialFile = {
  storageKey: string;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
};

/**
 * The latest version of a material, for the participant of a confirmed
 * registration to its session while its window is open; null otherwise (404).
 */
export async function getMaterialForDownload(
  viewer: ParticipantViewer,
  registrationId: string,
  materialId: string,
  now: Date = new Date(),
): Promise<MaterialFile | null> {
  if (!isRecordId(registrationId) || !isRecordId(materialId)) return null;
  const db = await getDb();
  const registration = await db.registration.findFirst({
    where: {
      AND: [
        registrationScope(participantActor(viewer)),
        { id: registrationId, status: "CONFIRMED" },
      ],
    },
    select: {
      confirmedAt: true,
      session: {
        select: {
          startsAt: true,
          endsAt: true,
          materials: {
            where: { id: materialId },
            select: {
              phase: true,
              availableForDays: true,
              availableUntil: true,
              title: true,
              versions: {
                select: { storageKey: true, fileName: true, mimeType: true, sizeBytes: true },
                orderBy: { version: "desc" },
                take: 1,
              },
            },
          },
        },
      },
    },
  });
  const material = registration?.session.materials[0];
  const version = material?.versions[0];
  if (!registration || !material || !version) return null;
  const window = materialWindow(material, {
    confirmedAt: registration.confirmedAt,
    sessionStartsAt: registration.session.startsAt,
    sessionEndsAt: registration.session.endsAt,
  });
  return isMaterialOpen(window, now) ? version : null;
}
