import type { Prisma } from "@/lib/db/generated/client";

/** What names a session in a list or on a page of any space: reference, modality, status, dates. */
export const sessionHeadSelect = {
  reference: true,
  modality: true,
  status: true,
  startsAt: true,
  endsAt: true,
} satisfies Prisma.TrainingSessionSelect;
