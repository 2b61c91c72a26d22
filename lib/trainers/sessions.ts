import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/db/generated/client";
import type {
  AttendanceMethod,
  AttendanceStatus,
  Modality,
  SessionStatus,
} from "@/lib/db/generated/enums";
import { SESSIONS_PAGE_SIZE, type SessionListQuery } from "@/lib/sessions/list-query";
import { sessionPlace, sessionPlaceSelect } from "@/lib/format/place";
import { formatSessionDays } from "@/lib/dates/session-dates";
import { trainerRegistrationWhere, trainerSessionWhere } from "@/lib/scopes/trainer";
import {
  attendanceMarkSelect,
  attendeeOrder,
  attendeeSelect,
  sheetVersions,
  positioningOf,
  positioningSelect,
  sheetSlotsSelect,
  type SheetSlot,
} from "@/lib/attendance/slot-select";
import { sessionHead, sessionHeadRowSelect, type SessionHead } from "@/lib/sessions/session-select";

/** A card of "Mes sessions à animer". */
export type TrainerSessionCard = {
  id: string;
  title: string;
  modality: Modality;
  reference: string;
  status: SessionStatus;
  dates: string[];
  place: string;
  organizationName: string;
  confirmedParticipants: number;
};

export type TrainerSessionList = {
  cards: TrainerSessionCard[];
  total: number;
  page: number;
  pageCount: number;
};

/** The sessions a trainer teaches: upcoming (not ended) or ended, searched by title or reference. */
export async function listTrainerSessions(
  viewer: Viewer,
  query: Pick<SessionListQuery, "vue" | "q" | "page">,
  now: Date = new Date(),
): Promise<TrainerSessionList> {
  const scope = trainerSessionWhere(viewer);
  if (!scope) return { cards: [], total: 0, page: 1, pageCount: 0 };
  const upcoming = query.vue === "prochaines";
  const where: Prisma.TrainingSessionWhereInput = {
    AND: [
      scope,
      upcoming ? { endsAt: { gte: now } } : { endsAt: { lt: now } },
      query.q
        ? {
            OR: [
              { reference: { contains: query.q, mode: "insensitive" } },
              { course: { title: { contains: query.q, mode: "insensitive" } } },
            ],
          }
        : {},
    ],
  };
  const db = await getDb();
  const [total, rows] = await Promise.all([
    db.trainingSession.count({ where }),
    db.trainingSession.findMany({
      where,
      select: {
        id: true,
        reference: true,
        status: true,
        ...sessionPlaceSelect,
        course: { select: { title: true } },
        organization: { select: { name: true } },
        slots: { select: { date: true, halfDay: true }, orderBy: { startsAt: "asc" } },
        _count: { select: { registrations: { where: { status: "CONFIRMED" } } } },
      },
      orderBy: upcoming ? { startsAt: "asc" } : { endsAt: "desc" },
      skip: (query.page - 1) * SESSIONS_PAGE_SIZE,
      take: SESSIONS_PAGE_SIZE,
    }),
  ]);
  return {
    total,
    page: query.page,
    pageCount: Math.ceil(total / SESSIONS_PAGE_SIZE),
    cards: rows.map((r) => ({
      id: r.id,
      title: r.course.title,
      modality: r.modality,
      reference: r.reference,
      status: r.status,
      dates: formatSessionDays(r.slots),
      place: sessionPlace(r),
      organizationName: r.organization.name,
      confirmedParticipants: r._count.registrations,
    })),
  };
}

export type SheetMark = {
  status: AttendanceStatus;
  method: AttendanceMethod;
  signedAt: Date | null;
  arrivedAt: Date | null;
  leftAt: Date | null;
};

export type TrainerSessionDetails = SessionHead & {
  place: string;
  venue: { name: string; address: string } | null;
  joinUrl: string | null;
  programme: string;
  objectives: string;
  slots: (SheetSlot & { durationMinutes: number })[];
  participants: {
    registrationId: string;
    name: string;
    companyName: string | null;
    positioning: { score: number; maxScore: number } | null;
    /** slotId -> mark */
    attendance: Record<string, SheetMark>;
    /** slotIds with a virtual-class join during the slot */
    joinedSlots: string[];
  }[];
};

/**
 * The trainer's session page in one query: programme, slots with their sheet
 * versions, place or link, and the confirmed participants (name, firm,
 * positioning score and marks: nothing else personal). Null when not his.
 */
export async function getTrainerSession(
  viewer: Viewer,
  sessionId: string,
): Promise<TrainerSessionDetails | null> {
  const where = trainerSessionWhere(viewer, sessionId);
  const registrations = trainerRegistrationWhere(viewer, sessionId);
  if (!where || !registrations) return null;
  const db = await getDb();
  const row = await db.trainingSession.findFirst({
    where,
    select: {
      ...sessionHeadRowSelect,
      placeLabel: true,
      joinUrl: true,
      venue: { select: { name: true, addressLine1: true, postalCode: true, city: true } },
      course: { select: { title: true, programme: true, objectives: true } },
      slots: sheetSlotsSelect,
      registrations: {
        where: { status: "CONFIRMED" },
        select: {
          id: true,
          participant: attendeeSelect,
          responses: positioningSelect,
          attendance: { select: attendanceMarkSelect },
          joins: { select: { slotId: true, joinedAt: true } },
        },
        orderBy: attendeeOrder,
      },
    },
  });
  if (!row) return null;
  const slotTimes = new Map(row.slots.map((s) => [s.id, s]));
  return {
    ...sessionHead(row),
    place: sessionPlace(row),
    venue: row.venue
      ? {
          name: row.venue.name,
          address: `${row.venue.addressLine1}, ${row.venue.postalCode} ${row.venue.city}`,
        }
      : null,
    joinUrl: row.modality === "VIRTUAL_CLASS" ? row.joinUrl : null,
    programme: row.course.programme,
    objectives: row.course.objectives,
    slots: row.slots.map((s) => ({ ...s, sheets: sheetVersions(s.sheets) })),
    participants: row.registrations.map((r) => {
      return {
        registrationId: r.id,
        name: `${r.participant.user.firstName} ${r.participant.user.lastName}`,
        companyName: r.participant.company?.name ?? null,
        positioning: positioningOf(r.responses),
        attendance: Object.fromEntries(
          r.attendance.map((a) => [
            a.slotId,
            {
              status: a.status,
              method: a.method,
              signedAt: a.signedAt,
              arrivedAt: a.arrivedAt,
              leftAt: a.leftAt,
            },
          ]),
        ),
        joinedSlots: [
          ...new Set(
            r.joins
              .filter((j) => {
                const slot = slotTimes.get(j.slotId);
                return slot && j.joinedAt >= slot.startsAt && j.joinedAt <= slot.endsAt;
              })
              .map((j) => j.slotId),
          ),
        ],
      };
    }),
  };
}
