import "server-only";
import type { ParticipantViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db";
import type { Modality, RegistrationStatus } from "@/lib/db/generated/enums";

export type RegistrationSummary = {
  id: string;
  title: string;
  reference: string;
  modality: Modality;
  status: RegistrationStatus;
  startsAt: Date;
  endsAt: Date;
  organizerName: string;
};

/**
 * The participant's registrations, split as "Mes sessions" shows them:
 * upcoming or running (next first) and ended (most recent first).
 */
export async function listMyRegistrations(
  viewer: ParticipantViewer,
  now: Date = new Date(),
): Promise<{ upcoming: RegistrationSummary[]; ended: RegistrationSummary[] }> {
  const db = await getDb();
  const rows = await db.registration.findMany({
    where: { participantId: viewer.participantId },
    select: {
      id: true,
      status: true,
      session: {
        select: { reference: true, modality: true, startsAt: true, endsAt: true, organizerName: true, course: { select: { title: true } } },
      },
    },
    orderBy: { session: { startsAt: "asc" } },
  });
  const summaries = rows.map((r) => ({
    id: r.id,
    title: r.session.course.title,
    reference: r.session.reference,
    modality: r.session.modality,
    status: r.status,
    startsAt: r.session.startsAt,
    endsAt: r.session.endsAt,
    organizerName: r.session.organizerName,
  }));
  return {
    upcoming: summaries.filter((s) => s.endsAt >= now),
    ended: summaries.filter((s) => s.endsAt < now).reverse(),
  };
}
