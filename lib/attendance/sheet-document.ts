import "server-only";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/db/generated/client";
import type { AttendanceMethod, AttendanceStatus, Modality } from "@/lib/db/generated/enums";
import {
  organizationIdentity,
  organizationIdentitySelect,
  type OrganizationIdentity,
} from "@/lib/documents/organization-identity";
import {
  attendanceMarkSelect,
  attendeeOrder,
  attendeeSelect,
  sheetVersions,
  sheetSlotsSelect,
  type SheetSlot,
} from "./slot-select";

/**
 * The data of the feuille d'émargement of a session (what a Qualiopi auditor
 * asks for): per slot, its hours and content, each confirmed participant's
 * status, signature time and method, and the trainer's countersignature with
 * its versions. The caller passes the sessions it may read (trainer or staff
 * scope); null when the session is not among them.
 */
export type SheetDocument = {
  organization: OrganizationIdentity;
  title: string;
  reference: string;
  modality: Modality;
  place: string;
  trainers: string[];
  slots: (Omit<SheetSlot, "id"> & {
    durationMinutes: number;
    rows: {
      name: string;
      companyName: string | null;
      status: AttendanceStatus | null;
      method: AttendanceMethod | null;
      signedAt: Date | null;
      arrivedAt: Date | null;
      leftAt: Date | null;
    }[];
  })[];
};

export async function getSheetDocument(
  sessions: Prisma.TrainingSessionWhereInput,
  sessionId: string,
): Promise<SheetDocument | null> {
  const row = await (
    await getDb()
  ).trainingSession.findFirst({
    where: { AND: [sessions, { id: sessionId }] },
    select: {
      reference: true,
      modality: true,
      placeLabel: true,
      venue: { select: { name: true, city: true } },
      organization: { select: organizationIdentitySelect },
      course: { select: { title: true } },
      trainers: {
        select: { user: { select: { firstName: true, lastName: true } } },
        orderBy: { addedAt: "asc" },
      },
      slots: sheetSlotsSelect,
      registrations: {
        where: { status: "CONFIRMED" },
        select: {
          participant: attendeeSelect,
          attendance: { select: attendanceMarkSelect },
        },
        orderBy: attendeeOrder,
      },
    },
  });
  if (!row) return null;
  const online = row.modality === "VIRTUAL_CLASS" || row.modality === "ELEARNING";
  return {
    organization: organizationIdentity(row.organization),
    title: row.course.title,
    reference: row.reference,
    modality: row.modality,
    place:
      row.placeLabel ??
      (row.venue ? `${row.venue.name}, ${row.venue.city}` : online ? "En ligne" : "—"),
    trainers: row.trainers.map((tr) => `${tr.user.firstName} ${tr.user.lastName}`),
    slots: row.slots.map((slot) => ({
      date: slot.date,
      halfDay: slot.halfDay,
      startsAt: slot.startsAt,
      endsAt: slot.endsAt,
      title: slot.title,
      durationMinutes: slot.durationMinutes,
      sheets: sheetVersions(slot.sheets),
      rows: row.registrations.map((r) => {
        const mark = r.attendance.find((a) => a.slotId === slot.id) ?? null;
        return {
          name: `${r.participant.user.firstName} ${r.participant.user.lastName}`,
          companyName: r.participant.company?.name ?? null,
          status: mark?.status ?? null,
          method: mark?.method ?? null,
          signedAt: mark?.signedAt ?? null,
          arrivedAt: mark?.arrivedAt ?? null,
          leftAt: mark?.leftAt ?? null,
        };
      }),
    })),
  };
}
