import "server-only";
import crypto from "node:crypto";
import ical, { ICalEventStatus } from "ical-generator";
import { writeAudit } from "@/lib/audit/log";
import type { Viewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/db/generated/client";
import { trainerSessionWhere } from "@/lib/scopes/trainer";

/**
 * The trainer's calendars: one session as an .ics download, and a private
 * feed of all his sessions for a calendar application (webcal://). The feed
 * is reached by a random token (calendar applications sign in to nothing);
 * only its SHA-256 is stored, so the link shows once, when it is made, and
 * rotating or revoking it stops the old one at once.
 */
const eventSelect = {
  id: true,
  reference: true,
  modality: true,
  status: true,
  placeLabel: true,
  joinUrl: true,
  updatedAt: true,
  organization: { select: { name: true } },
  venue: { select: { name: true, addressLine1: true, postalCode: true, city: true } },
  course: { select: { title: true } },
  slots: {
    select: { id: true, startsAt: true, endsAt: true, title: true },
    orderBy: { startsAt: "asc" },
  },
} satisfies Prisma.TrainingSessionSelect;

type EventSession = Prisma.TrainingSessionGetPayload<{ select: typeof eventSelect }>;

function calendarOf(name: string, sessions: readonly EventSession[], baseUrl: string): string {
  const calendar = ical({
    name,
    prodId: "//Parcours//Espace formateur//FR",
    timezone: "Europe/Paris",
  });
  for (const s of sessions) {
    const where = s.venue
      ? `${s.venue.name}, ${s.venue.addressLine1}, ${s.venue.postalCode} ${s.venue.city}`
      : (s.placeLabel ?? "En ligne");
    for (const slot of s.slots) {
      calendar.createEvent({
        id: `formateur-${slot.id}@parcours`,
        start: slot.startsAt,
        end: slot.endsAt,
        summary: `${s.course.title} (formateur)`,
        location: where,
        description: [
          `Réf : ${s.reference} · ${s.organization.name}`,
          slot.title,
          s.modality === "VIRTUAL_CLASS" && s.joinUrl ? `Lien : ${s.joinUrl}` : null,
        ]
          .filter(Boolean)
          .join("\n"),
        url: `${baseUrl}/formateur/sessions/${s.id}`,
        status: s.status === "CANCELLED" ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
        lastModified: s.updatedAt,
      });
    }
  }
  return calendar.toString();
}

/** One session's .ics; null when not his. */
export async function trainerSessionCalendar(
  viewer: Viewer,
  sessionId: string,
  baseUrl: string,
): Promise<{ title: string; reference: string; ics: string } | null> {
  const where = trainerSessionWhere(viewer, sessionId);
  if (!where) return null;
  const session = await (await getDb()).trainingSession.findFirst({ where, select: eventSelect });
  if (!session) return null;
  return {
    title: session.course.title,
    reference: session.reference,
    ics: calendarOf(session.course.title, [session], baseUrl),
  };
}

const hashToken = (token: string) => crypto.createHash("sha256").update(token).digest("hex");

/** The feed of the token's owner (his sessions of the last 90 days and to come); null otherwise. */
export async function trainerFeedCalendar(
  token: string,
  baseUrl: string,
  now: Date = new Date(),
): Promise<string | null> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const db = await getDb();
  const feed = await db.trainerCalendarFeed.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { userId: true },
  });
  if (!feed) return null;
  const scope = trainerSessionWhere({ id: feed.userId });
  if (!scope) return null;
  const sessions = await db.trainingSession.findMany({
    where: { AND: [scope, { endsAt: { gte: new Date(now.getTime() - 90 * 86_400_000) } }] },
    select: eventSelect,
    orderBy: { startsAt: "asc" },
    take: 500,
  });
  return calendarOf("Mes sessions à animer", sessions, baseUrl);
}

/** Whether the trainer has a feed link, and since when. */
export async function trainerFeedStatus(viewer: Viewer): Promise<{ createdAt: Date } | null> {
  return (await getDb()).trainerCalendarFeed.findUnique({
    where: { userId: viewer.id },
    select: { createdAt: true },
  });
}

/** A new feed link (the previous one stops working); the token is returned once. */
export async function rotateTrainerFeed(viewer: Viewer, now: Date = new Date()): Promise<string> {
  const token = crypto.randomBytes(32).toString("base64url");
  const db = await getDb();
  await db.$transaction(async (tx) => {
    await tx.trainerCalendarFeed.upsert({
      where: { userId: viewer.id },
      create: { userId: viewer.id, tokenHash: hashToken(token), createdAt: now },
      update: { tokenHash: hashToken(token), createdAt: now },
    });
    await writeAudit(tx, {
      actorUserId: viewer.id,
      action: "trainer.calendar_feed_rotated",
      entityType: "User",
      entityId: viewer.id,
      at: now,
    });
  });
  return token;
}

export async function revokeTrainerFeed(viewer: Viewer, now: Date = new Date()): Promise<boolean> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const { count } = await tx.trainerCalendarFeed.deleteMany({ where: { userId: viewer.id } });
    if (count > 0) {
      await writeAudit(tx, {
        actorUserId: viewer.id,
        action: "trainer.calendar_feed_revoked",
        entityType: "User",
        entityId: viewer.id,
        at: now,
      });
    }
    return count > 0;
  });
}

/** webcal:// form of the feed's https address, which calendar applications subscribe to. */
export function feedUrls(baseUrl: string, token: string): { https: string; webcal: string } {
  const https = `${baseUrl}/formateur/agenda/${token}`;
  return { https, webcal: https.replace(/^https?:/, "webcal:") };
}
