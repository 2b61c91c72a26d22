import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db";
import type { Modality, SessionStatus } from "@/lib/db/generated/enums";

export type OrganizationSessionSummary = {
  id: string;
  title: string;
  reference: string;
  modality: Modality;
  status: SessionStatus;
  startsAt: Date;
  endsAt: Date;
  registrations: number;
};

/** The organization's sessions not yet ended, for its staff; null for anyone else. */
export async function listUpcomingOrganizationSessions(
  viewer: Viewer,
  organizationId: string,
  now: Date = new Date(),
): Promise<OrganizationSessionSummary[] | null> {
  if (!viewer.organizations.some((o) => o.organizationId === organizationId)) return null;
  const db = await getDb();
  const rows = await db.trainingSession.findMany({
    where: { organizationId, endsAt: { gte: now } },
    select: {
      id: true,
      reference: true,
      modality: true,
      status: true,
      startsAt: true,
      endsAt: true,
      course: { select: { title: true } },
      _count: { select: { registrations: true } },
    },
    orderBy: { startsAt: "asc" },
    take: 100,
  });
  return rows.map((r) => ({
    id: r.id,
    title: r.course.title,
    reference: r.reference,
    modality: r.modality,
    status: r.status,
    startsAt: r.startsAt,
    endsAt: r.endsAt,
    registrations: r._count.registrations,
  }));
}
