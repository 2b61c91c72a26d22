import "server-only";
import { parisParts, parisTime } from "@/lib/dates/paris";
import { getDb } from "@/lib/db";
import type { NotificationChoice } from "@/lib/db/generated/enums";
import { publicBaseUrl } from "@/lib/http/public-url";
import { sessionMailFactsSelect, toSessionMailFacts } from "@/lib/mail/session-facts";
import { DUTY } from "@/lib/sessions/duty";
import { continuingEducationMail } from "../messages";
import type { ReminderCandidate, ReminderWindow } from "../rule";

/**
 * In October, the participants bound by the continuing-education duty
 * (experts-comptables, commissaires aux comptes) whose trainings ended this
 * year total less than the yearly 20 h, with their hours ("Mon parcours"
 * counts them the same way) and the sessions that still take place this year.
 * The event is 1 October; the rule accepts it late for most of the month.
 */
const SUGGESTED_SESSIONS = 5;

type Row = {
  participantId: string;
  userId: string;
  email: string;
  firstName: string;
  choice: NotificationChoice;
  minutes: number;
};

export function octoberFirst(year: number): Date {
  return parisTime(year, 10, 1);
}

export async function continuingEducationCandidates(
  window: ReminderWindow,
  now: Date,
): Promise<ReminderCandidate[]> {
  const { year } = parisParts(now);
  const eventAt = octoberFirst(year);
  if (eventAt < window.from || eventAt > window.to) return [];
  const yearStart = parisTime(year, 1, 1);
  const nextYear = parisTime(year + 1, 1, 1);
  const db = await getDb();
  const rows = await db.$queryRaw<Row[]>`
    SELECT * FROM (
      SELECT p.id AS "participantId", u.id AS "userId", u.email, u."firstName",
             COALESCE(np.choice::text, 'IMMEDIATE') AS choice,
             COALESCE((
               SELECT sum(c."durationMinutes") FROM "Registration" r
               JOIN "TrainingSession" s ON s.id = r."sessionId"
               JOIN "Course" c ON c.id = s."courseId"
               WHERE r."participantId" = p.id AND r.status = 'CONFIRMED'
                 AND s."endsAt" >= ${yearStart} AND s."endsAt" < ${now}
             ), 0)::int AS minutes
      FROM "Participant" p
      JOIN "User" u ON u.id = p."userId"
      LEFT JOIN "NotificationPreference" np
        ON np."userId" = u.id AND np.category = 'CONTINUING_EDUCATION'
      WHERE p.profession IN ('EXPERT_COMPTABLE', 'COMMISSAIRE_AUX_COMPTES')
        AND u."anonymizedAt" IS NULL
        AND (np.choice IS NULL OR np.choice <> 'NEVER')
    ) AS hours
    WHERE minutes < ${DUTY.yearlyMinutes}`;
  if (rows.length === 0) return [];

  const upcoming = await db.trainingSession.findMany({
    where: {
      status: "SCHEDULED",
      modality: { not: "ELEARNING" },
      startsAt: { gt: now, lt: nextYear },
    },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: SUGGESTED_SESSIONS * 3,
    select: { id: true, ...sessionMailFactsSelect },
  });
  const taken = await db.registration.findMany({
    where: {
      sessionId: { in: upcoming.map((s) => s.id) },
      participantId: { in: rows.map((r) => r.participantId) },
      status: { in: ["PENDING", "CONFIRMED"] },
    },
    select: { participantId: true, sessionId: true },
  });
  const already = new Set(taken.map((t) => `${t.participantId}:${t.sessionId}`));
  const base = publicBaseUrl();
  return rows.map((row): ReminderCandidate => ({
    subjectId: `${row.participantId}:${year}`,
    userId: row.userId,
    choice: row.choice,
    eventAt,
    build: async () =>
      continuingEducationMail({
        to: row.email,
        firstName: row.firstName,
        year,
        minutes: row.minutes,
        yearlyMinutes: DUTY.yearlyMinutes,
        upcoming: upcoming
          .filter((s) => !already.has(`${row.participantId}:${s.id}`))
          .slice(0, SUGGESTED_SESSIONS)
          .map(toSessionMailFacts),
        link: `${base}/parcours`,
      }),
  }));
}
