import type { Prisma } from "@/lib/db/generated/client";
import type { Modality, SessionStatus } from "@/lib/db/generated/enums";

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

/** A training material as its lists show it: title, type, phase and availability window. */
export const materialFieldsSelect = {
  id: true,
  title: true,
  type: true,
  phase: true,
  availableForDays: true,
  availableUntil: true,
} satisfies Prisma.TrainingMaterialSelect;
