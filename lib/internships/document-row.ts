import type { Prisma } from "@/lib/db/generated/client";
import type { InternshipDocumentKind } from "@/lib/db/generated/enums";
import type { InternshipCalendar, Period } from "./calendar";

/**
 * A stagiaire's document (report, activity or training sheet) as its first
 * write creates it: written in the page (lib/internships/transitions) or
 * uploaded (lib/internships/uploads), both find or create the same row.
 */

/** The period the document covers: the report's, or the year's for a sheet. */
export function writtenDocumentPeriod(
  calendar: InternshipCalendar,
  kind: InternshipDocumentKind,
  sequence: number,
): { year: number; period: Period } | undefined {
  if (kind === "REPORT") return calendar.reports.find((r) => r.number === sequence);
  const period = calendar.yearPeriods[sequence - 1];
  return period && { period, year: sequence };
}

/**
 * The upsert of the document's row: found by (internship, kind, sequence),
 * else created as a draft of its period dated `now`, with `first` (the first
 * draft's text and hours) when the page writes it.
 */
export function writtenDocumentUpsert(
  internshipId: string,
  input: { kind: InternshipDocumentKind; sequence: number },
  found: { year: number; period: Period },
  now: Date,
  first: { draftBody?: string; draftHours?: Prisma.InputJsonValue } = {},
) {
  const { kind, sequence } = input;
  return {
    where: { internshipId_kind_sequence: { internshipId, kind, sequence } },
    create: {
      internshipId,
      kind,
      sequence,
      year: found.year,
      periodStart: found.period.start,
      periodEnd: found.period.end,
      ...first,
      stateChangedAt: now,
      createdAt: now,
    },
    update: {},
  };
}
