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
 * - the contrôleur: the stages assigned to them on `day` (adjoint or principal);
 * - the contrôleur principal: the stages they are principal of on `day` (the
 *   comité's decisions, the hearing, the attestation's extension).
 */
export type InternshipAudience = "stagiaire" | "supervisor" | "controller" | "principal";

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
      return { controls: { some: { userId: viewer.id, ...coversDay(day) } } };
    case "principal":
      return { controls: { some: { userId: viewer.id, role: "PRINCIPAL", ...coversDay(day) } } };
  }
}

export function documentScope(
  viewer: Pick<Viewer, "id" | "participantId">,
  audience: InternshipAudience,
  day: Date,
): Prisma.InternshipDocumentWhereInput {
  return { internship: internshipScope(viewer, audience, day) };
}
