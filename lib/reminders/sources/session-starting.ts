import "server-only";
import { getDb } from "@/lib/db";
import { convocationAttachments } from "@/lib/documents/convocation-attachment";
import { publicBaseUrl } from "@/lib/http/public-url";
import { sessionMailFactsSelect, toSessionMailFacts } from "@/lib/mail/session-facts";
import { questionnaireHref } from "@/lib/questionnaires/kinds";
import {
  effectiveQuestionnaire,
  firstQuestionnaireOfKind,
  questionnaireRefSelect,
} from "@/lib/questionnaires/resolve";
import { placeOf } from "@/lib/format/place";
import { sessionStartingMail } from "../messages";
import { remindedUserSelect, type ReminderCandidate, type ReminderWindow } from "../rule";

/**
 * Confirmed registrations to in-person and virtual sessions that start within
 * the window. One query; the convocation is rendered only for a reminder that
 * is due (as its participant would download it, like the confirmation mail).
 */
export async function sessionStartingCandidates(
  window: ReminderWindow,
  now: Date,
): Promise<ReminderCandidate[]> {
  const db = await getDb();
  const positioning = firstQuestionnaireOfKind("POSITIONING", questionnaireRefSelect);
  const registrations = await db.registration.findMany({
    where: {
      status: "CONFIRMED",
      session: {
        status: "SCHEDULED",
        modality: { not: "ELEARNING" },
        startsAt: { gte: window.from, lte: window.to, gt: now },
      },
      participant: {
        user: {
          anonymizedAt: null,
          notificationPrefs: { none: { category: "SESSIONS", choice: "NEVER" } },
        },
      },
    },
    select: {
      id: true,
      responses: { where: { status: "SUBMITTED" }, select: { questionnaireId: true } },
      participant: { select: { user: remindedUserSelect("SESSIONS") } },
      session: {
        select: {
          ...sessionMailFactsSelect,
          modality: true,
          placeLabel: true,
          venue: { select: { name: true, addressLine1: true, postalCode: true, city: true } },
          questionnaires: positioning,
          course: { select: { title: true, questionnaires: positioning } },
        },
      },
    },
  });
  const base = publicBaseUrl();
  return registrations.map((registration): ReminderCandidate => {
    const { session } = registration;
    const user = registration.participant.user;
    const test = effectiveQuestionnaire(
      "POSITIONING",
      session.questionnaires,
      session.course.questionnaires,
    );
    const answered = registration.responses.some((r) => r.questionnaireId === test?.id);
    const venue = session.venue;
    const online = session.modality === "VIRTUAL_CLASS";
    const place = venue
      ? `${venue.name}, ${venue.addressLine1}, ${venue.postalCode} ${venue.city}`
      : placeOf({ modality: session.modality, placeLabel: session.placeLabel, venueCity: null });
    return {
      subjectId: registration.id,
      userId: user.id,
      choice: user.notificationPrefs[0]?.choice ?? "IMMEDIATE",
      eventAt: session.startsAt,
      build: async () => {
        const attachments = await convocationAttachments(user.id, registration.id, base);
        return {
          ...sessionStartingMail({
            to: user.email,
            firstName: user.firstName,
            session: toSessionMailFacts(session),
            place,
            online,
            hasConvocation: attachments.length > 0,
            link: `${base}/sessions/${registration.id}`,
            positioningLink:
              test && !answered
                ? `${base}${questionnaireHref(registration.id, "POSITIONING")}`
                : null,
          }),
          attachments,
        };
      },
    };
  });
}
