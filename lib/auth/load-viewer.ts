import "server-only";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/db/generated/client";
import { isPermission } from "./permissions";
import { spacesOf, type Space } from "./spaces";

export type Viewer = {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  participantId: string | null;
  companies: { companyId: string; companyName: string; permissions: string[] }[];
  organizations: { organizationId: string; organizationName: string; role: string }[];
  /** Sessions this user is assigned to teach (Espace formateur; lib/scopes/trainer). */
  trainerSessions: number;
  /** The participant's stage d'expertise comptable (Espace stagiaire), if any. */
  internshipId: string | null;
  /** Maître or co-maître de stage of at least one stage (Espace maître de stage). */
  supervisesInternships: boolean;
  /** Contrôleur de stage of at least one stage. */
  controlsInternships: boolean;
  spaces: Space[];
};

export type ParticipantViewer = Viewer & { participantId: string };

/**
 * A user with everything the shell and the permission checks need, in one
 * query; null for an unknown or erased user. Session checks come on top (lib/auth/viewer).
 */
export async function loadViewer(
  where: Prisma.UserWhereUniqueInput,
): Promise<(Viewer & { sessionVersion: number }) | null> {
  const db = await getDb();
  const user = await db.user.findUnique({
    where,
    select: {
      id: true,
      email: true,
      firstName: true,
      lastName: true,
      sessionVersion: true,
      anonymizedAt: true,
      participant: {
        select: {
          id: true,
          internships: {
            where: { status: { not: "VOID" } },
            select: { id: true },
            orderBy: { startDate: "desc" },
            take: 1,
          },
        },
      },
      supervisions: { select: { id: true }, take: 1 },
      internshipControls: { select: { id: true }, take: 1 },
      companyMemberships: {
        select: {
          companyId: true,
          company: { select: { name: true } },
          grants: { select: { permission: true } },
        },
        orderBy: { company: { name: "asc" } },
      },
      organizationStaff: {
        select: { organizationId: true, role: true, organization: { select: { name: true } } },
        orderBy: { organization: { name: "asc" } },
      },
      _count: { select: { sessionsToTeach: true } },
    },
  });
  if (!user || user.anonymizedAt) return null;
  const viewer = {
    id: user.id,
    email: user.email,
    firstName: user.firstName,
    lastName: user.lastName,
    sessionVersion: user.sessionVersion,
    participantId: user.participant?.id ?? null,
    companies: user.companyMemberships.map((m) => ({
      companyId: m.companyId,
      companyName: m.company.name,
      permissions: m.grants.map((g) => g.permission).filter(isPermission),
    })),
    organizations: user.organizationStaff.map((s) => ({
      organizationId: s.organizationId,
      organizationName: s.organization.name,
      role: s.role,
    })),
    trainerSessions: user._count.sessionsToTeach,
    internshipId: user.participant?.internships[0]?.id ?? null,
    supervisesInternships: user.supervisions.length > 0,
    controlsInternships: user.internshipControls.length > 0,
  };
  return { ...viewer, spaces: spacesOf(viewer) };
}
