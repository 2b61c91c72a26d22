import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { getDb, type Db } from "@/lib/db";
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
import { trainerSessionWhere } from "@/lib/scopes/trainer";
import {
  sheetVersions,
  positioningOf,
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

type AttendeeRow = {
  id: string;
  firstName: string;
  lastName: string;
  companyName: string | null;
  score: number | null;
  maxScore: number | null;
  /** One row per mark of the session's slots (null columns when none). */
  slotId: string | null;
  status: AttendanceStatus | null;
  method: AttendanceMethod | null;
  signedAt: Date | null;
  arrivedAt: Date | null;
  leftAt: Date | null;
};

/**
 * The confirmed participants of a session, flat: name, firm, the score of the
 * submitted positioning test (positioningSelect's rule) and one row per mark,
 * in attendeeOrder (then by id, so that a participant's rows follow each other).
 * The positioning test is looked up from the participant's few responses (by
 * the registrationId index), never by scanning the questionnaires. Only for a
 * session the caller was already allowed to read.
 */
async function confirmedAttendees(db: Db, sessionId: string): Promise<AttendeeRow[]> {
  return db.$queryRaw<AttendeeRow[]>`
    SELECT r."id", u."firstName", u."lastName", c."name" AS "companyName",
           positioning."score", positioning."maxScore",
           a."slotId", a."status"::text AS "status", a."method"::text AS "method",
           a."signedAt", a."arrivedAt", a."leftAt"
    FROM "Registration" r
    JOIN "Participant" p ON p."id" = r."participantId"
    JOIN "User" u ON u."id" = p."userId"
    LEFT JOIN "Company" c ON c."id" = p."companyId"
    LEFT JOIN LATERAL (
      SELECT q."score", q."maxScore"
      FROM "QuestionnaireResponse" q
      WHERE q."registrationId" = r."id" AND q."status" = 'SUBMITTED'
        AND (SELECT k."kind" FROM "Questionnaire" k WHERE k."id" = q."questionnaireId") = 'POSITIONING'
      ORDER BY q."id"
      LIMIT 1
    ) positioning ON true
    LEFT JOIN "Attendance" a ON a."registrationId" = r."id"
    WHERE r."sessionId" = ${sessionId} AND r."status" = 'CONFIRMED'
    ORDER BY u."lastName" ASC, r."createdAt" ASC, r."id" ASC`;
}

/**
 * The trainer's session page: programme, slots with their sheet versions,
 * place or link, and the confirmed participants (name, firm, positioning score
 * and marks: nothing else personal). Null when not his. The session is read
 * first (that read is the authorization); then its participants with their
 * marks in one flat query and, for a virtual class, the join log beside it
 * (the single nested query building JSON for every participant cost more).
 */
export async function getTrainerSession(
  viewer: Viewer,
  sessionId: string,
): Promise<TrainerSessionDetails | null> {
  const db = await getDb();
  const where = trainerSessionWhere(viewer, sessionId);
  if (!where) return null;
  const row = await db.trainingSession.findFirst({
    where,
    select: {
      ...sessionHeadRowSelect,
      placeLabel: true,
      joinUrl: true,
      venue: { select: { name: true, addressLine1: true, postalCode: true, city: true } },
      course: { select: { title: true, programme: true, objectives: true } },
      slots: sheetSlotsSelect,
    },
  });
  if (!row) return null;
  const slotIds = row.slots.map((s) => s.id);
  const [attendeeRows, joins] = await Promise.all([
    confirmedAttendees(db, row.id),
    row.modality === "VIRTUAL_CLASS"
      ? db.virtualClassJoin.findMany({
          where: {
            slotId: { in: slotIds },
            registration: { sessionId: row.id, status: "CONFIRMED" },
          },
          select: { registrationId: true, slotId: true, joinedAt: true },
        })
      : [],
  ]);
  // Rows come per participant and mark, the participant's rows one after the other.
  const attendees: (AttendeeRow & { attendance: Record<string, SheetMark> })[] = [];
  for (const a of attendeeRows) {
    let last = attendees[attendees.length - 1];
    if (last?.id !== a.id) {
      last = { ...a, attendance: {} };
      attendees.push(last);
    }
    if (a.slotId && a.status && a.method) {
      last.attendance[a.slotId] = {
        status: a.status,
        method: a.method,
        signedAt: a.signedAt,
        arrivedAt: a.arrivedAt,
        leftAt: a.leftAt,
      };
    }
  }
  // A join counts for a slot when it happened during the slot.
  const slotTimes = new Map(row.slots.map((s) => [s.id, s]));
  const joinedOf = new Map<string, Set<string>>();
  for (const j of joins) {
    const slot = slotTimes.get(j.slotId);
    if (!slot || j.joinedAt < slot.startsAt || j.joinedAt > slot.endsAt) continue;
    const own = joinedOf.get(j.registrationId) ?? new Set<string>();
    own.add(j.slotId);
    joinedOf.set(j.registrationId, own);
  }
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
    slots: row.slots.map((s) => ({
      id: s.id,
      date: s.date,
      halfDay: s.halfDay,
      startsAt: s.startsAt,
      endsAt: s.endsAt,
      title: s.title,
      durationMinutes: s.durationMinutes,
      sheets: sheetVersions(s.sheets),
    })),
    participants: attendees.map((a) => ({
      registrationId: a.id,
      name: `${a.firstName} ${a.lastName}`,
      companyName: a.companyName,
      positioning: positioningOf([a]),
      attendance: a.attendance,
      joinedSlots: [...(joinedOf.get(a.id) ?? [])],
    })),
  };
}
