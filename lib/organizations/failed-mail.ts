import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db";
import { staffRegistrationWhere } from "./access";

/**
 * The e-mails about the viewer's organizations' registrations that could not
 * be delivered (an address refused by the mail server, every retry used), with
 * the server's reason, newest first: so that staff can tell the participant
 * another way or correct the address.
 */
export async function listFailedMail(viewer: Viewer) {
  const registration = staffRegistrationWhere(viewer);
  if (!registration) return [];
  const rows = await (
    await getDb()
  ).mailJob.findMany({
    where: { status: "FAILED", registration },
    select: {
      id: true,
      label: true,
      to: true,
      attempts: true,
      lastError: true,
      createdAt: true,
      registration: {
        select: {
          participant: { select: { user: { select: { firstName: true, lastName: true } } } },
          session: { select: { reference: true, course: { select: { title: true } } } },
        },
      },
    },
    orderBy: { createdAt: "desc" },
    take: 100,
  });
  return rows.map((row) => ({
    id: row.id,
    label: row.label,
    to: row.to,
    attempts: row.attempts,
    reason: row.lastError ?? "Motif inconnu",
    createdAt: row.createdAt,
    participantName: row.registration
      ? `${row.registration.participant.user.firstName} ${row.registration.participant.user.lastName}`
      : "—",
    session: row.registration
      ? `${row.registration.session.course.title} (${row.registration.session.reference})`
      : "—",
  }));
}
