import "server-only";
import type { Viewer } from "@/lib/auth/load-viewer";
import type { Prisma } from "@/lib/db/generated/client";

/**
 * Who may read which stages and documents: the only place that knows. Every
 * data function of lib/internships starts from these filters and adds only
 * what its page asks; nothing else writes an ownership filter.
 *
 * - the stagiaire: their own stage;
 * - the maître (or co-maître) de stage: the stages they supervise on `day`
 *   (a former maître no longer reads the dossier, the new one reads it whole);
 * - the contrôleur (adjoint): the stages assigned to them on `day`;
 * - the contrôleur principal: every stage of the councils where they are
 *   principal on `day` (a council's principal is named on each of its stages).
 */
export type InternshipAudience = "stagiaire" | "supervisor" | "controller" | "council";

/** Matches no row (an id is never empty). */
const DENY = { id: "" } as const;

/** A supervision or a control running on `day`. */
export const coversDay = (day: Date) => ({
  startDate: { lte: day },
  OR: [{ endDate: null }, { endDate: { gte: day } }],
});

export function supervisionOn(viewer: Pick<Viewer, "id">, day: Date) {
  return { userId: viewer.id, ...coversDay(day) } satisfies Prisma.InternshipSupervisionWhereInput;
}

export function internshipScope(
  viewer: Pick<Viewer, "id" | "participantId">,
  audience: InternshipAudience,
  day: Date,
): Prisma.InternshipWhereInput {
  switch (audience) {
    case "stagiaire":
      return viewer.participantId ? { participantId: viewer.participantId } : DENY;
    case "supervisor":
      return { supervisions: { some: supervisionOn(viewer, day) } };
    case "controller":
      return { controls: { some: { userId: viewer.id, role: "ADJOINT", ...coversDay(day) } } };
    case "council":
      return { council: principalCouncilScope(viewer, day) };
  }
}

/** A document the contrôleur reads: one that was transmitted to him at least once. */
export const REACHED_CONTROLLER = {
  reviews: { some: { toState: "SUBMITTED_TO_CONTROLLER" } },
} satisfies Prisma.InternshipDocumentWhereInput;

/** The regional councils whose contrôleur principal the viewer is on `day`. */
export function principalCouncilScope(
  viewer: Pick<Viewer, "id">,
  day: Date,
): Prisma.RegionalCouncilWhereInput {
  return {
    internships: {
      some: { controls: { some: { userId: viewer.id, role: "PRINCIPAL", ...coversDay(day) } } },
    },
  };
}

export function documentScope(
  viewer: Pick<Viewer, "id" | "participantId">,
  audience: InternshipAudience,
  day: Date,
): Prisma.InternshipDocumentWhereInput {
  return { internship: internshipScope(viewer, audience, day) };
}
