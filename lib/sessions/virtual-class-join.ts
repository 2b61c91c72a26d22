import "server-only";
import { participantActor } from "@/lib/scopes/actor";
import { registrationScope } from "@/lib/scopes/registrations";
import type { ParticipantViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db";
import { isRecordId } from "@/lib/db/record-id";
import { joinWindow } from "./virtual-class";

/**
 * Records that the participant joined the virtual class (connection log, proof
 * of attendance for distance training, D6353-4) and returns the join link, if
 * the registration is theirs, confirmed, and the join window is open.
 */
export async function joinVirtualClass(
  viewer: ParticipantViewer,
  registrationId: string,
  now: Date = new Date(),
): Promise<{ joinUrl: string } | { opensAt: Date } | null> {
  if (!isRecordId(registrationId)) return null;
  const db = await getDb();
  const registration = await db.registration.findFirst({
    where: {
      AND: [
        registrationScope(participantActor(viewer)),
        { id: registrationId, status: "CONFIRMED", session: { modality: "VIRTUAL_CLASS" } },
      ],
    },
    select: {
      session: {
        select: { joinUrl: true, slots: { select: { id: true, startsAt: true, endsAt: true } } },
      },
    },
  });
  if (!registration?.session.joinUrl) return null;
  const window = joinWindow(registration.session.slots, now);
  if (window.state === "later") return { opensAt: window.opensAt };
  if (window.state !== "open") return null;
  await db.virtualClassJoin.create({
    data: { registrationId, slotId: window.slotId, joinedAt: now },
  });
  return { joinUrl: registration.session.joinUrl };
}
