import "server-only";
import { isRecordId } from "@/lib/db/record-id";
import { getDb } from "@/lib/db";
import type { Profession } from "@/lib/db/generated/enums";
import { certificateAvailability } from "@/lib/certificates/rule";
import {
  certificateCourseSelect,
  certificateRegistrationSelect,
  certificateRuleInput,
  certificateSessionSelect,
} from "@/lib/certificates/source";
import { courseLengthSelect } from "@/lib/format/course";
import { sessionPlace, sessionPlaceSelect } from "@/lib/format/place";
import { formatSessionDays } from "@/lib/dates/session-dates";
import type { DocumentScope } from "@/lib/scopes/documents";
import type { RegistrationSummary } from "@/lib/sessions/session-card";
import type { RegistrationScope } from "@/lib/scopes/registrations";
import type { CompanyAccess } from "./authorize";

export type CollaboratorTraining = RegistrationSummary & {
  sessionCancelled: boolean;
  durationMinutes: number;
  durationDays: number | null;
  /** Null when the viewer may not download documents (documents.view). */
  documents: { convocation: boolean; certificate: boolean } | null;
};

export type CollaboratorTrainings = {
  participantId: string;
  name: string;
  email: string;
  profession: Profession;
  upcoming: CollaboratorTraining[];
  ended: CollaboratorTraining[];
};

/**
 * One collaborator's trainings, upcoming (or running) and ended: those of the
 * member's registration scope (lib/scopes/registrations, trainings.view); null
 * for anyone who is not a collaborator of that company. The document links are
 * offered only within the member's document scope (documents.view), and only
 * when lib/documents would serve them (the same rules: confirmed, session held,
 * certificate rule met). One query.
 */
export async function getCollaboratorTrainings(
  company: CompanyAccess,
  scopes: { registrations: RegistrationScope; documents: DocumentScope | null },
  participantId: string,
  now: Date = new Date(),
): Promise<CollaboratorTrainings | null> {
  if (!isRecordId(participantId)) return null;
  const withDocuments = scopes.documents !== null;
  const db = await getDb();
  const participant = await db.participant.findFirst({
    where: { id: participantId, companyId: company.companyId, user: { anonymizedAt: null } },
    select: {
      id: true,
      profession: true,
      user: { select: { firstName: true, lastName: true, email: true } },
      registrations: {
        where: scopes.registrations,
        select: {
          id: true,
          status: true,
          order: { select: { reference: true } },
          ...certificateRegistrationSelect,
          session: {
            select: {
              ...certificateSessionSelect,
              reference: true,
              ...sessionPlaceSelect,
              organizerName: true,
              startsAt: true,
              endsAt: true,
              slots: {
                select: { id: true, date: true, halfDay: true },
                orderBy: { startsAt: "asc" },
              },
              course: {
                select: {
                  title: true,
                  ...courseLengthSelect,
                  ...certificateCourseSelect,
                },
              },
            },
          },
        },
        orderBy: [{ session: { startsAt: "desc" } }, { id: "asc" }],
      },
    },
  });
  if (!participant) return null;
  const trainings = participant.registrations.map((r) => {
    const s = r.session;
    const held = r.status === "CONFIRMED" && s.status === "SCHEDULED";
    return {
      registrationId: r.id,
      title: s.course.title,
      modality: s.modality,
      reference: s.reference,
      orderReference: r.order?.reference ?? null,
      status: r.status,
      sessionCancelled: s.status === "CANCELLED",
      dates: formatSessionDays(s.slots),
      place: sessionPlace(s),
      organizerName: s.organizerName,
      durationMinutes: s.course.durationMinutes,
      durationDays: s.course.durationDays === null ? null : Number(s.course.durationDays),
      ended: s.endsAt < now,
      documents: withDocuments
        ? {
            convocation: held,
            certificate: held && certificateAvailability(certificateRuleInput(r), now).available,
          }
        : null,
    };
  });
  const strip = (t: (typeof trainings)[number]): CollaboratorTraining => {
    const { ended, ...training } = t;
    void ended;
    return training;
  };
  return {
    participantId: participant.id,
    name: `${participant.user.firstName} ${participant.user.lastName}`,
    email: participant.user.email,
    profession: participant.profession,
    // Upcoming: the nearest first; ended: the latest first (as "Mes sessions").
    upcoming: trainings
      .filter((t) => !t.ended)
      .reverse()
      .map(strip),
    ended: trainings.filter((t) => t.ended).map(strip),
  };
}
