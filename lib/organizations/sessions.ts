import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/db/generated/client";
import type {
  AttendanceStatus,
  CertificateRule,
  HalfDay,
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
} from "@/lib/attendance/slot-select";
import { sessionHeadSelect, type SessionHead } from "@/lib/sessions/session-select";

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
  const rows = await (
    await getDb()
  ).trainingSession.findMany({
    where,
    select: {
      id: true,
      ...sessionHeadSelect,
      course: { select: { title: true } },
      organization: { select: { name: true } },
      _count: { select: { registrations: true } },
      registrations: { where: { status: "PENDING" }, select: { id: true } },
    },
    orderBy: period === "upcoming" ? { startsAt: "asc" } : { endsAt: "desc" },
    take: PAGE_SIZE,
  });
  return rows.map((r) => ({
    id: r.id,
    title: r.course.title,
    reference: r.reference,
    modality: r.modality,
    status: r.status,
    organizationName: r.organization.name,
    startsAt: r.startsAt,
    endsAt: r.endsAt,
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
  slots: {
    id: string;
    date: Date;
    halfDay: HalfDay;
    startsAt: Date;
    endsAt: Date;
    title: string;
    /** The trainer's countersignature and its corrections (lib/attendance/sheet). */
    sheets: { version: number; signedAt: Date; reason: string | null; signedBy: string }[];
  }[];
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
  const row = await (
    await getDb()
  ).trainingSession.findFirst({
    where,
    select: {
      id: true,
      organizationId: true,
      ...sessionHeadSelect,
      placeLabel: true,
      capacity: true,
      positioningRequired: true,
      certificateRule: true,
      certificateMinAttendancePercent: true,
      validationPassPercent: true,
      venue: { select: { city: true } },
      organization: { select: { name: true } },
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
    id: row.id,
    organizationId: row.organizationId,
    organizationName: row.organization.name,
    title: row.course.title,
    reference: row.reference,
    modality: row.modality,
    status: row.status,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
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
