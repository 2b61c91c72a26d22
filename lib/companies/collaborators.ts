import "server-only";
import { can } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db";

export type CollaboratorSummary = {
  participantId: string;
  name: string;
  email: string;
  registrations: number;
};

/** The company's collaborators, for a member holding collaborators.view; null otherwise. */
export async function listCollaborators(
  viewer: Viewer,
  companyId: string,
): Promise<CollaboratorSummary[] | null> {
  if (!can(viewer, "collaborators.view", companyId)) return null;
  const db = await getDb();
  const rows = await db.participant.findMany({
    where: { companyId },
    select: {
      id: true,
      user: { select: { firstName: true, lastName: true, email: true } },
      _count: { select: { registrations: true } },
    },
    orderBy: [{ user: { lastName: "asc" } }, { user: { firstName: "asc" } }],
  });
  return rows.map((r) => ({
    participantId: r.id,
    name: `${r.user.firstName} ${r.user.lastName}`,
    email: r.user.email,
    registrations: r._count.registrations,
  }));
}
