import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { writeAudit } from "@/lib/audit/log";
import { formatDate, formatHour, parisDay, parisParts, parisTime } from "@/lib/dates/paris";
import { getDb } from "@/lib/db";
import type { HalfDay, Modality } from "@/lib/db/generated/enums";
import { staffSessionWhere } from "./access";
import type { SessionLogisticsInput } from "./schemas";
import { queueSessionChangedMail } from "./session-change-mail";

/**
 * "Modifier la session": the dates, times, place and join link of a session
 * that has not ended. Every change is audited and announced to the
 * registered participants (Qualiopi indicator 9: they are told of any change
 * to what their convocation says). The page and the action read the same row.
 */
const logisticsSelect = {
  id: true,
  organizationId: true,
  reference: true,
  status: true,
  modality: true,
  endsAt: true,
  venueId: true,
  placeLabel: true,
  joinUrl: true,
  course: { select: { title: true } },
  venue: { select: { name: true, city: true } },
  slots: {
    select: { id: true, title: true, startsAt: true, endsAt: true, durationMinutes: true },
    orderBy: { startsAt: "asc" as const },
  },
} as const;

const distance = (modality: Modality) => modality === "VIRTUAL_CLASS";
const onSite = (modality: Modality) => modality === "IN_PERSON" || modality === "CURSUS";

/** Why a session cannot be changed any more (null: it can). */
export function logisticsLock(
  session: { status: string; modality: Modality; endsAt: Date },
  now: Date,
): string | null {
  if (session.status === "CANCELLED") return "Session annulée : elle ne peut plus être modifiée.";
  if (session.modality === "ELEARNING") {
    return "Session e-learning : ses dates sont celles de l'accès au module, sans séance ni lieu.";
  }
  if (session.endsAt <= now) {
    return "Session terminée : ses dates et son lieu font partie du dossier de formation et ne changent plus.";
  }
  return null;
}

export async function getSessionLogistics(viewer: Viewer, sessionId: string) {
  const where = staffSessionWhere(viewer, sessionId);
  if (!where) return null;
  const db = await getDb();
  const session = await db.trainingSession.findFirst({
    where,
    select: {
      ...logisticsSelect,
      organization: {
        select: {
          venues: { select: { id: true, name: true, city: true }, orderBy: { name: "asc" } },
        },
      },
    },
  });
  if (!session) return null;
  return {
    ...session,
    venues: session.organization.venues,
    showVenue: onSite(session.modality),
    showJoinUrl: distance(session.modality),
  };
}

const pad = (n: number) => String(n).padStart(2, "0");
/** The form's values for a slot, in Paris time. */
export function slotFormValues(slot: { id: string; startsAt: Date; endsAt: Date }) {
  const start = parisParts(slot.startsAt);
  const end = parisParts(slot.endsAt);
  return {
    slotId: slot.id,
    date: `${start.year}-${pad(start.month)}-${pad(start.day)}`,
    startTime: `${pad(start.hour)}:${pad(start.minute)}`,
    endTime: `${pad(end.hour)}:${pad(end.minute)}`,
  };
}

function instant(day: string, time: string): Date {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const [h, min] = time.split(":").map(Number) as [number, number];
  return parisTime(y, m, d, h, min);
}

/** Half-day of a sitting from its Paris times (émargement is per half-day). */
function halfDayOf(startsAt: Date, endsAt: Date): HalfDay {
  const start = parisParts(startsAt);
  const end = parisParts(endsAt);
  if (end.hour * 60 + end.minute <= 13 * 60 + 30) return "MORNING";
  if (start.hour >= 12) return "AFTERNOON";
  return "FULL_DAY";
}

const sittingLabel = (startsAt: Date, endsAt: Date) =>
  `${formatDate(startsAt)} de ${formatHour(startsAt)} à ${formatHour(endsAt)}`;

export type LogisticsOutcome =
  { ok: true; changes: string[] } | { ok: false; message: string; field?: string };

/** Null (then 404) when the session or one of the slots is not the viewer's. */
export async function updateSessionLogistics(
  viewer: Viewer,
  input: SessionLogisticsInput,
  now: Date = new Date(),
): Promise<LogisticsOutcome | null> {
  const where = staffSessionWhere(viewer, input.sessionId);
  if (!where) return null;
  const db = await getDb();
  const outcome = await db.$transaction(async (tx): Promise<LogisticsOutcome | null> => {
    const session = await tx.trainingSession.findFirst({ where, select: logisticsSelect });
    if (!session) return null;
    const lock = logisticsLock(session, now);
    if (lock) return { ok: false, message: lock };
    const known = new Map(session.slots.map((slot) => [slot.id, slot]));
    const submitted = new Set(input.slots.map((slot) => slot.slotId));
    if (submitted.size !== input.slots.length || submitted.size !== known.size) return null;
    if (input.slots.some((slot) => !known.has(slot.slotId))) return null;

    const changes: string[] = [];
    const slotUpdates: { id: string; startsAt: Date; endsAt: Date }[] = [];
    for (const [index, value] of input.slots.entries()) {
      const slot = known.get(value.slotId)!;
      const startsAt = instant(value.date, value.startTime);
      const endsAt = instant(value.date, value.endTime);
      if (
        startsAt.getTime() === slot.startsAt.getTime() &&
        endsAt.getTime() === slot.endsAt.getTime()
      )
        continue;
      if (startsAt <= now) {
        return {
          ok: false,
          field: `slots.${index}.date`,
          message: "Une séance ne peut être déplacée que vers une date à venir.",
        };
      }
      // The programme's hours are owed: a sitting cannot shrink below its duration.
      const minutes = (endsAt.getTime() - startsAt.getTime()) / 60_000;
      const oldMinutes = (slot.endsAt.getTime() - slot.startsAt.getTime()) / 60_000;
      if (minutes < Math.min(slot.durationMinutes, oldMinutes)) {
        return {
          ok: false,
          field: `slots.${index}.endTime`,
          message: `Cette séance dure ${Math.floor(slot.durationMinutes / 60)}h${pad(slot.durationMinutes % 60)} : l'horaire doit la contenir.`,
        };
      }
      slotUpdates.push({ id: slot.id, startsAt, endsAt });
      changes.push(
        `Séance « ${slot.title} » : ${sittingLabel(slot.startsAt, slot.endsAt)} → ${sittingLabel(startsAt, endsAt)}`,
      );
    }

    const data: { venueId?: string | null; placeLabel?: string | null; joinUrl?: string | null } =
      {};
    if (onSite(session.modality)) {
      const venueId = input.venueId || null;
      if (venueId !== session.venueId) {
        const venue = venueId
          ? await tx.venue.findFirst({
              where: { id: venueId, organizationId: session.organizationId },
              select: { name: true, city: true },
            })
          : null;
        if (venueId && !venue) {
          return { ok: false, field: "venueId", message: "Choisissez un lieu de l'organisme." };
        }
        data.venueId = venueId;
        const describe = (v: { name: string; city: string } | null) =>
          v ? `${v.name} (${v.city})` : "aucun lieu enregistré";
        changes.push(`Lieu : ${describe(session.venue)} → ${describe(venue)}`);
      }
      const placeLabel = input.placeLabel || null;
      if (placeLabel !== session.placeLabel) {
        data.placeLabel = placeLabel;
        changes.push(`Lieu indiqué : ${placeLabel ?? "celui du lieu enregistré"}`);
      }
    }
    if (distance(session.modality)) {
      const joinUrl = input.joinUrl || null;
      if (joinUrl !== session.joinUrl) {
        data.joinUrl = joinUrl;
        changes.push(
          joinUrl
            ? "Nouveau lien de connexion à la classe virtuelle (bouton « Rejoindre » de votre espace)."
            : "Le lien de connexion à la classe virtuelle sera communiqué prochainement.",
        );
      }
    }
    if (changes.length === 0) return { ok: true, changes };

    for (const update of slotUpdates) {
      await tx.sessionSlot.update({
        where: { id: update.id },
        data: {
          startsAt: update.startsAt,
          endsAt: update.endsAt,
          date: parisDay(update.startsAt),
          halfDay: halfDayOf(update.startsAt, update.endsAt),
        },
      });
    }
    const times = session.slots.map((slot) => {
      const moved = slotUpdates.find((u) => u.id === slot.id);
      return moved ?? slot;
    });
    await tx.trainingSession.update({
      where: { id: session.id },
      data: {
        ...data,
        ...(times.length
          ? {
              startsAt: new Date(Math.min(...times.map((t) => t.startsAt.getTime()))),
              endsAt: new Date(Math.max(...times.map((t) => t.endsAt.getTime()))),
            }
          : {}),
      },
    });
    await writeAudit(tx, {
      actorUserId: viewer.id,
      organizationId: session.organizationId,
      action: "session.updated",
      entityType: "TrainingSession",
      entityId: session.id,
      data: { changes },
      at: now,
    });
    return { ok: true, changes };
  });
  if (outcome?.ok && outcome.changes.length > 0) {
    queueSessionChangedMail(input.sessionId, outcome.changes);
  }
  return outcome;
}
