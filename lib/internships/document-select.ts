import type { Prisma } from "@/lib/db/generated/client";

/** A stagiaire's document's own columns, as its pages and the personal-data export read them. */
export const documentFieldsSelect = {
  id: true,
  internshipId: true,
  kind: true,
  sequence: true,
  year: true,
  periodStart: true,
  periodEnd: true,
  state: true,
  draftBody: true,
  draftHours: true,
  draftFileName: true,
  stateChangedAt: true,
} satisfies Prisma.InternshipDocumentSelect;

/** A transmitted version's own columns, as the pages and the personal-data export read them. */
export const versionFieldsSelect = {
  id: true,
  version: true,
  body: true,
  hours: true,
  fileName: true,
  mimeType: true,
  sizeBytes: true,
  createdAt: true,
} satisfies Prisma.InternshipDocumentVersionSelect;
