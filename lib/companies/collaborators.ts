import "server-only";
import { parisYear } from "@/lib/dates/paris";
import { getDb } from "@/lib/db";
import type { Profession } from "@/lib/db/generated/enums";
import { dutyStatus, professionHasDuty, type DutyStatus } from "@/lib/sessions/duty";
import type { CompanyPermit } from "./authorize";

export type CollaboratorSummary = {
  participantId: string;
  name: string;
  email: string;
  profession: Profession;
  /** Hours of trainings ended this (Paris) year, in minutes. */
  yearMinutes: number;
  /** This year and the two before, against the duty (null when the profession has none). */
  threeYearMinutes: number;
  /** Hours of each of the three years, oldest first. */
  years: { year: number; minutes: number }[];
  duty: DutyStatus | null;
};

/**
 * The company's collaborators with their training hours this year and over
 * three rolling years, counted as "Mon parcours" counts them
 * (lib/sessions/training-record: confirmed registrations to ended sessions, the
 * course's duration). Two queries whatever the number of collaborators: the
 * people, then every hour of all of them grouped by participant and year.
 * The caller checked collaborators.view (the permit).
 */
export async function listCollaborators(
  company: CompanyPermit<"collaborators.view">,
  now: Date = new Date(),
): Promise<CollaboratorSummary[]> {
  const { companyId } = company;
  const db = await getDb();
  const currentYear = parisYear(now);
  const people = await db.participant.findMany({
    where: { companyId, user: { anonymizedAt: null } },
    select: {
      id: true,
      profession: true,
      user: { select: { firstName: true, lastName: true, email: true } },
    },
    orderBy: [{ user: { lastName: "asc" } }, { user: { firstName: "asc" } }, { id: "asc" }],
  });
  // By the collaborators' ids rather than a join on the firm: with the join,
  // PostgreSQL read the whole Registration table (its cost grew with the
  // table, npm run bench's scale table); with the ids it reads their rows.
  const hours = await db.$queryRaw<{ participantId: string; year: number; minutes: number }[]>`
    SELECT r."participantId",
           EXTRACT(YEAR FROM s."endsAt" AT TIME ZONE 'Europe/Paris')::int AS "year",
           SUM(c."durationMinutes")::int AS "minutes"
    FROM "Registration" r
    JOIN "TrainingSession" s ON s."id" = r."sessionId"
    JOIN "Course" c ON c."id" = s."courseId"
    WHERE r."participantId" = ANY(${people.map((p) => p.id)}::text[])
      AND r."status" = 'CONFIRMED'
      AND s."endsAt" < ${now}
      AND EXTRACT(YEAR FROM s."endsAt" AT TIME ZONE 'Europe/Paris') >= ${currentYear - 2}
    GROUP BY 1, 2`;
  const byParticipant = new Map<string, Map<number, number>>();
  for (const row of hours) {
    const years = byParticipant.get(row.participantId) ?? new Map<number, number>();
    years.set(Number(row.year), Number(row.minutes));
    byParticipant.set(row.participantId, years);
  }
  return people.map((p) => {
    const years = byParticipant.get(p.id) ?? new Map<number, number>();
    const status = dutyStatus(years, currentYear);
    return {
      participantId: p.id,
      name: `${p.user.firstName} ${p.user.lastName}`,
      email: p.user.email,
      profession: p.profession,
      yearMinutes: years.get(currentYear) ?? 0,
      threeYearMinutes: status.threeYearMinutes,
      years: status.years.map(({ year, minutes }) => ({ year, minutes })),
      duty: professionHasDuty(p.profession) ? status : null,
    };
  });
}
