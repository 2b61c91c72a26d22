import type { Prisma } from "@/lib/db/generated/client";
import type { HalfDay, Modality, SessionStatus } from "@/lib/db/generated/enums";

/** What names a session in a list or on a page of any space: reference, modality, status, dates. */
export const sessionHeadSelect = {
  reference: true,
  modality: true,
  status: true,
  startsAt: true,
  endsAt: true,
} satisfies Prisma.TrainingSessionSelect;

/** A session as the staff's and the trainer's pages name it. */
export type SessionHead = {
  id: string;
  title: string;
  reference: string;
  modality: Modality;
  status: SessionStatus;
  organizationName: string;
  startsAt: Date;
  endsAt: Date;
};

/** What sessionHead reads: the head, the course's title and the organization's name. */
export const sessionHeadRowSelect = {
  id: true,
  ...sessionHeadSelect,
  course: { select: { title: true } },
  organization: { select: { name: true } },
} satisfies Prisma.TrainingSessionSelect;

/** A session's head from its row (sessionHeadRowSelect). */
export function sessionHead(row: {
  id: string;
  reference: string;
  modality: Modality;
  status: SessionStatus;
  startsAt: Date;
  endsAt: Date;
  course: { title: string };
  organization: { name: string };
}): SessionHead {
  return {
    id: row.id,
    title: row.course.title,
    reference: row.reference,
    modality: row.modality,
    status: row.status,
    organizationName: row.organization.name,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
  };
}

/** A slot as a programme prints it (the session page, the convocation): when, how long, what. */
export const programmeSlotSelect = {
  date: true,
  halfDay: true,
  startsAt: true,
  endsAt: true,
  durationMinutes: true,
  title: true,
} satisfies Prisma.SessionSlotSelect;

export type ProgrammeSlot = {
  date: Date;
  halfDay: HalfDay;
  startsAt: Date;
  endsAt: Date;
  durationMinutes: number;
  title: string;
};

/** The programme's fields of a slot row (selected with programmeSlotSelect). */
export function programmeSlot(slot: ProgrammeSlot): ProgrammeSlot {
  return {
    date: slot.date,
    halfDay: slot.halfDay,
    startsAt: slot.startsAt,
    endsAt: slot.endsAt,
    durationMinutes: slot.durationMinutes,
    title: slot.title,
  };
}

/** A training material as its lists show it: title, type, phase and availability window. */
export const materialFieldsSelect = {
  id: true,
  title: true,
  type: true,
  phase: true,
  availableForDays: true,
  availableUntil: true,
} satisfies Prisma.TrainingMaterialSelect;
