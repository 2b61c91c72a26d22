import "server-only";
import { participantActor } from "@/lib/scopes/actor";
import { ownRegistration } from "@/lib/scopes/registrations";
import type { ParticipantViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db";
import { elearningAccess, type ElearningAccess } from "@/lib/dates/elearning-access";

/**
 * The participant's e-learning registration and whether its access window is
 * open now. null when it is not theirs, not confirmed, or not e-learning (404).
 * Every e-learning read and write starts here: one rule for who may enter.
 */
export type ElearningEnrolment = {
  registrationId: string;
  moduleId: string;
  courseTitle: string;
  access: ElearningAccess;
};

export async function findEnrolment(
  viewer: ParticipantViewer,
  registrationId: string,
  now: Date = new Date(),
): Promise<ElearningEnrolment | null> {
  const where = ownRegistration(participantActor(viewer), registrationId, {
    status: "CONFIRMED",
    session: { modality: "ELEARNING" },
  });
  if (!where) return null;
  const db = await getDb();
  const row = await db.registration.findFirst({
    where,
    select: {
      elearningAccessStartsAt: true,
      session: {
        select: {
          elearningAccessDays: true,
          course: { select: { title: true, elearning: { select: { id: true } } } },
        },
      },
    },
  });
  const moduleId = row?.session.course.elearning?.id;
  if (!row || !moduleId) return null;
  return {
    registrationId,
    moduleId,
    courseTitle: row.session.course.title,
    access: elearningAccess(
      { accessStartsAt: row.elearningAccessStartsAt, accessDays: row.session.elearningAccessDays },
      now,
    ),
  };
}
