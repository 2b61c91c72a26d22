import type { Prisma } from "@/lib/db/generated/client";
import type { HalfDay } from "@/lib/db/generated/enums";

/**
 * What every attendance view reads of a session's slots and its attendees (the trainer's
 * session page, the back office's, the feuille d'émargement): one select each, so the
 * three cannot drift apart.
 */
export const slotSelect = {
  id: true,
  date: true,
  halfDay: true,
  startsAt: true,
  endsAt: true,
  title: true,
} satisfies Prisma.SessionSlotSelect;

/** A slot's countersignature and its corrections, oldest first, with who signed each. */
export const sheetVersionsSelect = {
  select: {
    version: true,
    signedAt: true,
    reason: true,
    signedBy: { select: { firstName: true, lastName: true } },
  },
  orderBy: { version: "asc" },
} satisfies Prisma.SessionSlot$sheetsArgs;

type SheetVersionRow = {
  version: number;
  signedAt: Date;
  reason: string | null;
  signedBy: { firstName: string; lastName: string };
};

export function sheetVersions(sheets: SheetVersionRow[]) {
  return sheets.map((v) => ({
    version: v.version,
    signedAt: v.signedAt,
    reason: v.reason,
    signedBy: `${v.signedBy.firstName} ${v.signedBy.lastName}`,
  }));
}

/** A countersignature version as the views show it: who signed, when, why corrected. */
export type SheetVersion = ReturnType<typeof sheetVersions>[number];

/** A slot as the attendance views show it (slotSelect), with the trainer's countersignature and its corrections. */
export type SheetSlot = {
  id: string;
  date: Date;
  halfDay: HalfDay;
  startsAt: Date;
  endsAt: Date;
  title: string;
  sheets: SheetVersion[];
};

/** An attendee's name and firm, as the sheets show them. */
export const attendeeSelect = {
  select: {
    user: { select: { firstName: true, lastName: true } },
    company: { select: { name: true } },
  },
} satisfies Prisma.ParticipantDefaultArgs;

/** An attendee's mark for a slot: status, how and when signed, arrival and departure. */
export const attendanceMarkSelect = {
  slotId: true,
  status: true,
  method: true,
  signedAt: true,
  arrivedAt: true,
  leftAt: true,
} satisfies Prisma.AttendanceSelect;

/** Attendees by surname, then in the order they registered. */
export const attendeeOrder = [
  { participant: { user: { lastName: "asc" } } },
  { createdAt: "asc" },
] satisfies Prisma.RegistrationOrderByWithRelationInput[];

/** The attendee's submitted positioning test, for the score beside his name. */
export const positioningSelect = {
  where: { status: "SUBMITTED", questionnaire: { kind: "POSITIONING" } },
  select: { score: true, maxScore: true },
  take: 1,
} satisfies Prisma.Registration$responsesArgs;

export function positioningOf(
  responses: { score: number | null; maxScore: number | null }[],
): { score: number; maxScore: number } | null {
  const response = responses[0];
  return response && response.score !== null && response.maxScore !== null
    ? { score: response.score, maxScore: response.maxScore }
    : null;
}

/** A session's slots in order, with their hours, content and countersignatures. */
export const sheetSlotsSelect = {
  select: { ...slotSelect, durationMinutes: true, sheets: sheetVersionsSelect },
  orderBy: { startsAt: "asc" },
} satisfies Prisma.TrainingSession$slotsArgs;
