import "server-only";
import { writeAudit } from "@/lib/audit/log";
import { getAuthSecret } from "@/lib/auth/secret";
import type { ParticipantViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db";
import { isRecordId } from "@/lib/db/record-id";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { tooManyAttemptsMessage } from "@/lib/security/rate-limit-message";
import { checkRateLimit, recordAttempt } from "@/lib/security/rate-limit";
import { matchesSelfSignCode } from "./self-sign-code";
import { countsAsPresent, isSelfSignOpen, SELF_SIGN_OPENS_BEFORE_MS } from "./sheet-rules";

/**
 * "Signer ma présence": the slots of the viewer's confirmed sessions that are
 * open to self-signing now, each with where its signature stands.
 */
export async function getOpenSelfSignSlots(viewer: ParticipantViewer, now: Date = new Date()) {
  const db = await getDb();
  const slots = await db.sessionSlot.findMany({
    where: {
      startsAt: { lte: new Date(now.getTime() + SELF_SIGN_OPENS_BEFORE_MS) },
      endsAt: { gt: now },
      session: {
        modality: { not: "ELEARNING" },
        registrations: { some: { participantId: viewer.participantId, status: "CONFIRMED" } },
      },
    },
    select: {
      id: true,
      title: true,
      startsAt: true,
      endsAt: true,
      session: { select: { reference: true, course: { select: { title: true } } } },
      attendance: {
        where: { registration: { participantId: viewer.participantId } },
        select: { status: true, method: true, signedAt: true },
      },
      sheets: { select: { id: true }, take: 1 },
    },
    orderBy: { startsAt: "asc" },
    take: 20,
  });
  return slots
    .filter((slot) => isSelfSignOpen(slot, now))
    .map((slot) => {
      const mark = slot.attendance[0] ?? null;
      return {
        slotId: slot.id,
        sessionTitle: slot.session.course.title,
        reference: slot.session.reference,
        slotTitle: slot.title,
        startsAt: slot.startsAt,
        endsAt: slot.endsAt,
        frozen: slot.sheets.length > 0,
        signed: mark && countsAsPresent(mark.status) ? mark : null,
      };
    });
}

export type SelfSignOutcome =
  { ok: true; message: string } | { ok: false; message: string; field?: "code" } | null;

/**
 * "Signer ma présence": the participant types the code the trainer shows.
 * Wrong codes count against the registration (brute force of a 6-digit code
 * is stopped long before it could succeed); nothing is written unless the
 * code is this slot's code of this minute (or the previous one).
 */
export async function signOwnPresence(
  viewer: ParticipantViewer,
  input: { slotId: string; code: string },
  now: Date = new Date(),
): Promise<SelfSignOutcome> {
  const subject = `${viewer.id}:${input.slotId}`;
  const limit = await checkRateLimit("selfSignCode", subject, now);
  if (!limit.allowed)
    return { ok: false, message: tooManyAttemptsMessage(limit.retryAfterSeconds) };
  const db = await getDb();
  if (!isRecordId(input.slotId)) return null;
  const slot = await db.sessionSlot.findFirst({
    where: { id: input.slotId, session: { modality: { not: "ELEARNING" } } },
    select: {
      id: true,
      startsAt: true,
      endsAt: true,
      session: {
        select: {
          organizationId: true,
          registrations: {
            where: { participantId: viewer.participantId, status: "CONFIRMED" },
            select: {
              id: true,
              attendance: { where: { slotId: input.slotId }, select: { status: true } },
            },
          },
        },
      },
      sheets: { select: { id: true }, take: 1 },
    },
  });
  const registration = slot?.session.registrations[0];
  if (!slot || !registration) return null;
  if (!isSelfSignOpen(slot, now)) {
    return {
      ok: false,
      message:
        now < slot.endsAt
          ? "La signature de cette séance n'est pas encore ouverte."
          : "La signature de cette séance est close : voyez avec votre formateur.",
    };
  }
  if (slot.sheets.length > 0) {
    return {
      ok: false,
      message: "Le formateur a déjà signé la feuille de cette séance : voyez avec lui.",
    };
  }
  if (countsAsPresent(registration.attendance[0]?.status ?? null)) {
    return { ok: false, message: "Votre présence à cette séance est déjà enregistrée." };
  }
  if (!matchesSelfSignCode(getAuthSecret(), slot.id, input.code, now)) {
    const next = await recordAttempt("selfSignCode", subject, now);
    return next.allowed
      ? {
          ok: false,
          field: "code",
          message: "Code incorrect ou expiré : saisissez le code affiché par le formateur.",
        }
      : { ok: false, message: tooManyAttemptsMessage(next.retryAfterSeconds) };
  }
  try {
    await db.$transaction(async (tx) => {
      const data = {
        status: "PRESENT" as const,
        method: "SELF" as const,
        signedAt: now,
        arrivedAt: null,
        leftAt: null,
        recordedById: viewer.id,
        recordedAt: now,
      };
      await tx.attendance.upsert({
        where: {
          registrationId_slotId: { registrationId: registration.id, slotId: slot.id },
        },
        create: { registrationId: registration.id, slotId: slot.id, ...data },
        update: data,
      });
      await writeAudit(tx, {
        actorUserId: viewer.id,
        organizationId: slot.session.organizationId,
        action: "attendance.self_signed",
        entityType: "Registration",
        entityId: registration.id,
        data: { slotId: slot.id },
        at: now,
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      return { ok: false, message: "Votre présence à cette séance est déjà enregistrée." };
    }
    throw error;
  }
  return { ok: true, message: "Présence signée. Merci !" };
}
