import "server-only";
import { findOwnRegistration } from "@/lib/registrations/own";
import type { ParticipantViewer } from "@/lib/auth/viewer";
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
  const row = await findOwnRegistration(
    viewer,
    registrationId,
    {
      elearningAccessStartsAt: true,
      session: {
        select: {
          elearningAccessDays: true,
          course: { select: { title: true, elearning: { select: { id: true } } } },
        },
      },
    },
    { status: "CONFIRMED", session: { modality: "ELEARNING" } },
  );
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
