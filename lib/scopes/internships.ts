import "server-only";
import type { Prisma } from "@/lib/db/generated/client";

/**
 * Who may read which stages and documents: the only place that knows. Every
 * data function of lib/internships starts from these filters and adds only
 * what its page asks; nothing else writes an ownership filter.
 *
 * - the stagiaire: their own stage;
 * - the maître (or co-maître) de stage: the stages they supervise on `day`
 *   (a former maître no longer reads the dossier, the new one reads it whole);
 * - the contrôleur: the stages assigned to them on `day`.
 */
export type InternshipAudience = "stagiaire" | "supervisor" | "controller";

/** The signed-in user on one side of a stage (the viewer's id and participant, if any). */
type InternshipActor = { id: string; participantId: string | null };

/** Matches no row (an id is never empty). */
const DENY = { id: "" } as const;

/** A supervision or a control running on `day`. */
export const coversDay = (day: Date) => ({
  startDate: { lte: day },
  OR: [{ endDate: null }, { endDate: { gte: day } }],
});

export function supervisionOn(viewer: Pick<InternshipActor, "id">, day: Date) {
  return { userId: viewer.id, ...coversDay(day) } satisfies Prisma.InternshipSupervisionWhereInput;
}

export function internshipScope(
  viewer: InternshipActor,
  audience: InternshipAudience,
  day: Date,
): Prisma.InternshipWhereInput {
  switch (audience) {
    case "stagiaire":
      return viewer.participantId ? { participantId: viewer.participantId } : DENY;
    case "supervisor":
      return { supervisions: { some: supervisionOn(viewer, day) } };
    case "controller":
      return { controls: { some: { userId: viewer.id, ...coversDay(day) } } };
  }
}

export function documentScope(
  viewer: InternshipActor,
  audience: InternshipAudience,
  day: Date,
): Prisma.InternshipDocumentWhereInput {
  return { internship: internshipScope(viewer, audience, day) };
}
