import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/db/generated/client";
import type {
  AttendanceStatus,
  CertificateRule,
  RegistrationStatus,
} from "@/lib/db/generated/enums";
import { staffSessionWhere } from "./access";
import {
  attendeeOrder,
  sheetVersions,
  positioningOf,
  positioningSelect,
  sheetVersionsSelect,
  slotSelect,
  type SheetSlot,
} from "@/lib/attendance/slot-select";
import { sessionHead, sessionHeadRowSelect, type SessionHead } from "@/lib/sessions/session-select";

export type OrganizationSessionSummary = SessionHead & {
  registrations: number;
  pending: number;
};

export type SessionPeriod = "upcoming" | "ended";

const PAGE_SIZE = 100;

/**
 * The sessions of the viewer's organizations: upcoming (not yet ended, as in
 * "Prochaines sessions") or ended, most relevant first, filtered by words of
 * the title or the reference.
 */
export async function listOrganizationSessions(
  viewer: Viewer,
  options: { period?: SessionPeriod; q?: string; now?: Date } = {},
): Promise<OrganizationSessionSummary[]> {
  const base = staffSessionWhere(viewer);
  if (!base) return [];
  const now = options.now ?? new Date();
  const period = options.period ?? "upcoming";
  // PostgreSQL refuses a NUL byte in a search pattern (the q of the URL).
  const q = options.q?.replaceAll("\u0000", "").trim().slice(0, 100);
  const where: Prisma.TrainingSessionWhereInput = {
    AND: [
      base,
      period === "upcoming" ? { endsAt: { gte: now } } : { endsAt: { lt: now } },
      q
        ? {
            OR: [
              { reference: { contains: q, mode: "insensitive" } },
              { course: { title: { contains: q, mode: "insensitive" } } },
            ],
          }
        : {},
    ],
  };
  const db = await getDb();
  const rows = await db.trainingSession.findMany({
    where,
    select: {
      ...sessionHeadRowSelect,
      _count: { select: { registrations: true } },
      registrations: { where: { status: "PENDING" }, select: { id: true } },
    },
    orderBy: period === "upcoming" ? { startsAt: "asc" } : { endsAt: "desc" },
    take: PAGE_SIZE,
  });
  return rows.map((r) => ({
    ...sessionHead(r),
    registrations: r._count.registrations,
    pending: r.registrations.length,
  }));
}

export type StaffSessionDetails = SessionHead & {
  organizationId: string;
  place: string;
  capacity: number | null;
  positioningRequired: boolean;
  certificateRule: CertificateRule;
  certificateMinAttendancePercent: number;
  validationPassPercent: number;
  hasElearning: boolean;
  /** With the trainer's countersignature and its corrections (lib/attendance/sheet). */
  slots: SheetSlot[];
  registrations: {
    id: string;
    status: RegistrationStatus;
    statusReason: string | null;
    createdAt: Date;
    participantName: string;
    email: string;
    companyName: string | null;
    positioning: { score: number; maxScore: number } | null;
    /** slotId -> status recorded */
    attendance: Record<string, AttendanceStatus>;
  }[];
};

/** The back office's session page, in one query; null (then 404) when not the viewer's. */
export async function getStaffSession(
  viewer: Viewer,
  sessionId: string,
): Promise<StaffSessionDetails | null> {
  const where = staffSessionWhere(viewer, sessionId);
  if (!where) return null;
  const db = await getDb();
  const row = await db.trainingSession.findFirst({
    where,
    select: {
      ...sessionHeadRowSelect,
      organizationId: true,
      placeLabel: true,
      capacity: true,
      positioningRequired: true,
      certificateRule: true,
      certificateMinAttendancePercent: true,
      validationPassPercent: true,
      venue: { select: { city: true } },
      course: { select: { title: true, elearning: { select: { id: true } } } },
      slots: {
        select: {
          ...slotSelect,
          sheets: sheetVersionsSelect,
        },
        orderBy: { startsAt: "asc" },
      },
      registrations: {
        select: {
          id: true,
          status: true,
          statusReason: true,
          createdAt: true,
          participant: {
            select: {
              user: { select: { firstName: true, lastName: true, email: true } },
              company: { select: { name: true } },
            },
          },
          responses: positioningSelect,
          attendance: { select: { slotId: true, status: true } },
        },
        orderBy: attendeeOrder,
      },
    },
  });
  if (!row) return null;
  const distance = row.modality === "VIRTUAL_CLASS" || row.modality === "ELEARNING";
  return {
    ...sessionHead(row),
    organizationId: row.organizationId,
    place: row.placeLabel ?? row.venue?.city ?? (distance ? "En ligne" : "—"),
    capacity: row.capacity,
    positioningRequired: row.positioningRequired,
    certificateRule: row.certificateRule,
    certificateMinAttendancePercent: row.certificateMinAttendancePercent,
    validationPassPercent: row.validationPassPercent,
    hasElearning: row.course.elearning !== null,
    slots: row.slots.map((slot) => ({
      ...slot,
      sheets: sheetVersions(slot.sheets),
    })),
    registrations: row.registrations.map((r) => {
      return {
        id: r.id,
        status: r.status,
        statusReason: r.statusReason,
        createdAt: r.createdAt,
        participantName: `${r.participant.user.firstName} ${r.participant.user.lastName}`,
        email: r.participant.user.email,
        companyName: r.participant.company?.name ?? null,
        positioning: positioningOf(r.responses),
        attendance: Object.fromEntries(r.attendance.map((a) => [a.slotId, a.status])),
      };
    }),
  };
}
