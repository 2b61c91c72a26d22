import "server-only";
import type { ParticipantViewer } from "@/lib/auth/viewer";
import { parisYear } from "@/lib/dates/paris";
import { getDb } from "@/lib/db";
import type { Modality, Profession } from "@/lib/db/generated/enums";
import { dutyStatus, professionHasDuty, type DutyStatus } from "./duty";

export type TrainingRecordLine = {
  registrationId: string;
  endedAt: Date;
  title: string;
  organizationName: string;
  modality: Modality;
  durationMinutes: number;
  certificateNumber: string | null;
};

export type TrainingRecord = {
  profession: Profession;
  hasDuty: boolean;
  minutesByYear: { year: number; minutes: number }[];
  duty: DutyStatus;
  lines: TrainingRecordLine[];
};

/**
 * "Mon parcours": the participant's completed trainings over time, from every
 * organization. A training counts once its session has ended with the
 * registration confirmed; its hours are the course's duration.
 */
export async function getTrainingRecord(
  viewer: ParticipantViewer,
  now: Date = new Date(),
): Promise<TrainingRecord> {
  const db = await getDb();
  const participant = await db.participant.findUniqueOrThrow({
    where: { id: viewer.participantId },
    select: {
      profession: true,
      registrations: {
        where: { status: "CONFIRMED", session: { endsAt: { lt: now } } },
        select: {
          id: true,
          documents: {
            where: { kind: "CERTIFICATE", revokedAt: null },
            select: { number: true },
            take: 1,
          },
          session: {
            select: {
              endsAt: true,
              modality: true,
              organization: { select: { name: true } },
              course: { select: { title: true, durationMinutes: true } },
            },
          },
        },
        orderBy: { session: { endsAt: "desc" } },
      },
    },
  });
  const lines = participant.registrations.map((r) => ({
    registrationId: r.id,
    endedAt: r.session.endsAt,
    title: r.session.course.title,
    organizationName: r.session.organization.name,
    modality: r.session.modality,
    durationMinutes: r.session.course.durationMinutes,
    certificateNumber: r.documents[0]?.number ?? null,
  }));
  const byYear = new Map<number, number>();
  for (const line of lines) {
    const year = parisYear(line.endedAt);
    byYear.set(year, (byYear.get(year) ?? 0) + line.durationMinutes);
  }
  return {
    profession: participant.profession,
    hasDuty: professionHasDuty(participant.profession),
    minutesByYear: [...byYear]
      .map(([year, minutes]) => ({ year, minutes }))
      .sort((a, b) => b.year - a.year),
    duty: dutyStatus(byYear, parisYear(now)),
    lines,
  };
}
