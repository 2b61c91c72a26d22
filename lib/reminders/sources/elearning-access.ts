import "server-only";
import { getDb } from "@/lib/db";
import type { NotificationChoice } from "@/lib/db/generated/enums";
import { publicBaseUrl } from "@/lib/http/public-url";
import { elearningAccessEndingMail } from "../messages";
import { type ReminderCandidate, type ReminderWindow } from "../rule";

/**
 * E-learning registrations whose access (opened when the order was paid,
 * lasting the session's access days) ends within the window, with units left
 * to complete. One query: the end is computed in SQL, where the rows are.
 */
type Row = {
  registrationId: string;
  userId: string;
  email: string;
  firstName: string;
  moduleTitle: string;
  closesAt: Date;
  choice: NotificationChoice;
  unitsTotal: number;
  unitsDone: number;
};

export async function elearningAccessCandidates(
  window: ReminderWindow,
  now: Date,
): Promise<ReminderCandidate[]> {
  const db = await getDb();
  const rows = await db.$queryRaw<Row[]>`
    WITH access AS (
      SELECT r.id AS "registrationId", u.id AS "userId", u.email, u."firstName",
             m.title AS "moduleTitle", m.id AS "moduleId",
             r."elearningAccessStartsAt" + make_interval(days => s."elearningAccessDays") AS "closesAt",
             COALESCE(np.choice::text, 'IMMEDIATE') AS choice
      FROM "Registration" r
      JOIN "TrainingSession" s ON s.id = r."sessionId"
      JOIN "ElearningModule" m ON m."courseId" = s."courseId"
      JOIN "Participant" p ON p.id = r."participantId"
      JOIN "User" u ON u.id = p."userId"
      LEFT JOIN "NotificationPreference" np
        ON np."userId" = u.id AND np.category = 'ELEARNING'
      WHERE r.status = 'CONFIRMED' AND s.status = 'SCHEDULED' AND s.modality = 'ELEARNING'
        AND r."elearningAccessStartsAt" <= ${now}
        AND r."elearningAccessStartsAt" + make_interval(days => s."elearningAccessDays")
            BETWEEN ${window.from} AND ${window.to}
        AND u."anonymizedAt" IS NULL
        AND (np.choice IS NULL OR np.choice <> 'NEVER')
    ), counted AS (
      SELECT a.*,
        (SELECT count(*)::int FROM "ElearningUnit" eu WHERE eu."moduleId" = a."moduleId") AS "unitsTotal",
        (SELECT count(*)::int FROM "ElearningProgress" ep
          WHERE ep."registrationId" = a."registrationId" AND ep.status = 'COMPLETED') AS "unitsDone"
      FROM access a
    )
    SELECT "registrationId", "userId", email, "firstName", "moduleTitle", "closesAt", choice,
           "unitsTotal", "unitsDone"
    FROM counted
    WHERE "unitsDone" < "unitsTotal"`;
  const base = publicBaseUrl();
  return rows.map((row) => ({
    subjectId: row.registrationId,
    userId: row.userId,
    choice: row.choice,
    eventAt: row.closesAt,
    build: async (offsetDays) =>
      elearningAccessEndingMail({
        to: row.email,
        firstName: row.firstName,
        moduleTitle: row.moduleTitle,
        closesAt: row.closesAt,
        daysLeft: offsetDays,
        unitsDone: row.unitsDone,
        unitsTotal: row.unitsTotal,
        link: `${base}/sessions/${row.registrationId}/module`,
      }),
  }));
}
