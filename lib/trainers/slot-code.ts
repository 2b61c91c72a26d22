import "server-only";
import { currentSelfSignCode } from "@/lib/attendance/self-sign-code";
import { isSelfSignOpen } from "@/lib/attendance/sheet-rules";
import { getAuthSecret } from "@/lib/auth/secret";
import type { Viewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db";
import { isRecordId } from "@/lib/db/record-id";
import { qrCodePng } from "@/lib/documents/qr-code";
import { trainerSlotWhere } from "@/lib/scopes/trainer";

export type SlotCode =
  { open: false } | { open: true; code: string; expiresAt: string; url: string; qr: string };

/**
 * The code the trainer shows during his slot, and its QR (a link to the
 * participant's "Signer ma présence" with the code filled in). Null when the
 * slot is not one of his sessions'; closed outside the signing window.
 */
export async function trainerSlotCode(
  viewer: Viewer,
  input: { sessionId: string; slotId: string },
  baseUrl: string,
  now: Date = new Date(),
): Promise<SlotCode | null> {
  const slots = trainerSlotWhere(viewer, input.sessionId);
  if (!slots || !isRecordId(input.slotId)) return null;
  const slot = await (
    await getDb()
  ).sessionSlot.findFirst({
    where: { AND: [slots, { id: input.slotId }] },
    select: { id: true, startsAt: true, endsAt: true, sheets: { select: { id: true }, take: 1 } },
  });
  if (!slot) return null;
  if (!isSelfSignOpen(slot, now) || slot.sheets.length > 0) return { open: false };
  const { code, expiresAt } = currentSelfSignCode(getAuthSecret(), slot.id, now);
  const url = `${baseUrl}/emargement?seance=${slot.id}&code=${code}`;
  return { open: true, code, expiresAt: expiresAt.toISOString(), url, qr: await qrCodePng(url) };
}
