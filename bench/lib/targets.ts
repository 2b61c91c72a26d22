import { openSqlConnection, type SqlConnection } from "../../lib/db/sql-connection";
import type { DatabaseTarget } from "../../lib/db/target";
import {
  BIG_PARTICIPANT_EMAIL,
  CONTROLLER_EMAIL,
  MANAGER_EMAIL,
  MASTER_EMAIL,
  SCALE,
  TRAINER_EMAIL,
  participantEmail,
} from "../data/accounts";

/**
 * What the load runs need from the data set, read before the server starts
 * (the embedded database opens in one process at a time).
 */
export type Submission = {
  userId: string;
  email: string;
  registrationId: string;
  answers: Record<string, string | number | null>;
};

export type BenchTargets = {
  big: { userId: string; email: string };
  /** A confirmed upcoming in-person registration: details page and convocation. */
  detailsRegistrationId: string;
  submissions: Submission[];
  /** The trainer's session of SCALE.trainerParticipants: its page, and the marks of its first slot. */
  trainer: {
    email: string;
    userId: string;
    sessionId: string;
    slotId: string;
    registrationIds: string[];
    /** The user of each registration above, in the same order (their convocations). */
    participantUserIds: string[];
  };
  /** The organization's staff member who runs the trainer's session (its back-office page). */
  staffUserId: string;
  /** The first firm's responsable and the firm (its collaborators page). */
  manager: { userId: string; companyId: string };
  controllerUserId: string;
  masterUserId: string;
  /** Confirmed registrations of the big participant, one per session (first prints one after the other). */
  convocationRegistrationIds: string[];
};

async function userIdOf(conn: SqlConnection, email: string): Promise<string> {
  const [row] = await conn.query<{ id: string }>(`SELECT "id" FROM "User" WHERE "email" = $1`, [
    email,
  ]);
  if (!row) throw new Error(`Compte ${email} absent : npm run bench:data -- --reset`);
  return row.id;
}

/** The sessions planned for the submitters: the first references (bench/data/plan). */
const RECENT_SESSIONS = `SELECT "id" FROM "TrainingSession" ORDER BY "reference" LIMIT ${SCALE.submitterSessions}`;

/**
 * Each run submits satisfaction surveys for the submitters: the previous run's
 * submissions (and their audit entries) are removed first, so every run starts
 * from the same state and every submission is a first one.
 */
async function forgetPreviousSubmissions(conn: SqlConnection): Promise<number> {
  const where = `FROM "QuestionnaireResponse" qr
    JOIN "Questionnaire" q ON q."id" = qr."questionnaireId" AND q."kind" = 'SATISFACTION'
    JOIN "Registration" r ON r."id" = qr."registrationId"
    JOIN "Participant" p ON p."id" = r."participantId"
    JOIN "User" u ON u."id" = p."userId"
    WHERE u."email" LIKE 'participant-%@bench.test' AND r."sessionId" IN (${RECENT_SESSIONS})`;
  await conn.exec("BEGIN");
  await conn.query(
    `DELETE FROM "AuditLog" WHERE "action" = 'questionnaire.submitted' AND "entityId" IN (SELECT qr."id" ${where})`,
  );
  const deleted = await conn.query<{ id: string }>(
    `DELETE FROM "QuestionnaireResponse" WHERE "id" IN (SELECT qr."id" ${where}) RETURNING "id"`,
  );
  await conn.exec("COMMIT");
  return deleted.length;
}

/**
 * The émargement runs leave the trainer's session with 40 marks and their
 * audit entries: removed too (the data sets give his sessions none), so that
 * its pages are measured on the same state by every run and at every size of
 * the scale table (the smaller data sets never had marks; with them, the main
 * one read as 1.4x slower).
 */
async function forgetPreviousMarks(conn: SqlConnection): Promise<number> {
  const registrations = `SELECT r."id" FROM "Registration" r
    JOIN "SessionTrainer" t ON t."sessionId" = r."sessionId"
    JOIN "User" u ON u."id" = t."userId"
    WHERE u."email" = '${TRAINER_EMAIL}'`;
  await conn.exec("BEGIN");
  await conn.query(
    `DELETE FROM "AuditLog" WHERE "action" = 'attendance.recorded' AND "entityId" IN (${registrations})`,
  );
  const deleted = await conn.query<{ id: string }>(
    `DELETE FROM "Attendance" WHERE "registrationId" IN (${registrations}) RETURNING "id"`,
  );
  await conn.exec("COMMIT");
  return deleted.length;
}

function answerFor(type: string): string | number | null {
  if (type === "SCALE_1_5") return 4;
  if (type === "SCALE_0_10") return 8;
  if (type === "LONG_TEXT" || type === "SHORT_TEXT") return "Formation utile, merci.";
  return null;
}

export async function prepareTargets(
  target: DatabaseTarget,
): Promise<BenchTargets & { forgotten: number }> {
  const conn = await openSqlConnection(target);
  try {
    const forgotten = await forgetPreviousSubmissions(conn);
    await forgetPreviousMarks(conn);
    // The rows just deleted (and a previous run's writes) leave dead tuples that
    // autovacuum would clean up in the middle of a measurement, as it does on a
    // server at rest: the scale table once read 1.66x for a page whose cost is flat
    // (43, 46, 47 ms at 1k, 10k, 100k once settled). Measure a settled database.
    await conn.exec("VACUUM (ANALYZE)");
    const [big] = await conn.query<{ userId: string; participantId: string }>(
      `SELECT u."id" AS "userId", p."id" AS "participantId" FROM "User" u JOIN "Participant" p ON p."userId" = u."id" WHERE u."email" = $1`,
      [BIG_PARTICIPANT_EMAIL],
    );
    if (!big) throw new Error(`Compte ${BIG_PARTICIPANT_EMAIL} absent : npm run bench:data`);
    const [details] = await conn.query<{ id: string }>(
      `SELECT r."id" FROM "Registration" r JOIN "TrainingSession" s ON s."id" = r."sessionId"
       WHERE r."participantId" = $1 AND r."status" = 'CONFIRMED' AND s."status" = 'SCHEDULED'
         AND s."modality" IN ('IN_PERSON', 'CURSUS') AND s."startsAt" > now()
       ORDER BY s."startsAt" LIMIT 1`,
      [big.participantId],
    );
    if (!details) throw new Error("Aucune inscription confirmée à venir pour le grand compte.");
    const [taught] = await conn.query<{ sessionId: string; slotId: string; userId: string }>(
      `SELECT t."sessionId", t."userId", (SELECT sl."id" FROM "SessionSlot" sl WHERE sl."sessionId" = t."sessionId" ORDER BY sl."startsAt" LIMIT 1) AS "slotId"
       FROM "SessionTrainer" t JOIN "User" u ON u."id" = t."userId" WHERE u."email" = $1 LIMIT 1`,
      [TRAINER_EMAIL],
    );
    if (!taught) throw new Error(`Compte ${TRAINER_EMAIL} absent : npm run bench:data -- --reset`);
    const trainees = await conn.query<{ id: string; userId: string }>(
      `SELECT r."id", p."userId" FROM "Registration" r JOIN "Participant" p ON p."id" = r."participantId"
       WHERE r."sessionId" = $1 AND r."status" = 'CONFIRMED' ORDER BY r."id"`,
      [taught.sessionId],
    );
    const [staff] = await conn.query<{ userId: string }>(
      `SELECT st."userId" FROM "OrganizationStaff" st JOIN "TrainingSession" s ON s."organizationId" = st."organizationId"
       WHERE s."id" = $1 ORDER BY st."userId" LIMIT 1`,
      [taught.sessionId],
    );
    if (!staff) throw new Error("Aucun membre de l'organisme de la session du formateur.");
    const managerId = await userIdOf(conn, MANAGER_EMAIL);
    const [membership] = await conn.query<{ companyId: string }>(
      `SELECT "companyId" FROM "CompanyMembership" WHERE "userId" = $1 LIMIT 1`,
      [managerId],
    );
    // Sessions not cancelled, e-learning apart: a convocation names a place or a link.
    const convocations = await conn.query<{ id: string }>(
      `SELECT r."id" FROM "Registration" r JOIN "TrainingSession" s ON s."id" = r."sessionId"
       WHERE r."participantId" = $1 AND r."status" = 'CONFIRMED' AND s."status" = 'SCHEDULED'
         AND s."modality" <> 'ELEARNING' AND r."id" <> $2
       ORDER BY r."id" LIMIT 80`,
      [big.participantId, details.id],
    );
    const rows = await conn.query<{
      userId: string;
      email: string;
      registrationId: string;
      questions: { id: string; type: string }[];
    }>(
      `SELECT u."id" AS "userId", u."email", r."id" AS "registrationId",
              (SELECT json_agg(json_build_object('id', qu."id", 'type', qu."type") ORDER BY qu."position")
                 FROM "Question" qu WHERE qu."questionnaireId" = q."id") AS "questions"
       FROM "User" u
       JOIN "Participant" p ON p."userId" = u."id"
       JOIN "Registration" r ON r."participantId" = p."id" AND r."status" = 'CONFIRMED'
       JOIN "TrainingSession" s ON s."id" = r."sessionId" AND s."endsAt" < now() AND s."endsAt" > now() - interval '55 days'
       JOIN "Questionnaire" q ON q."courseId" = s."courseId" AND q."kind" = 'SATISFACTION'
       WHERE u."email" = ANY($1::text[]) AND s."id" IN (${RECENT_SESSIONS})
         AND NOT EXISTS (SELECT 1 FROM "QuestionnaireResponse" qr WHERE qr."registrationId" = r."id" AND qr."questionnaireId" = q."id")
       ORDER BY u."email"`,
      [Array.from({ length: SCALE.submitters }, (_, i) => participantEmail(i + 1))],
    );
    return {
      forgotten,
      big: { userId: big.userId, email: BIG_PARTICIPANT_EMAIL },
      detailsRegistrationId: details.id,
      trainer: {
        email: TRAINER_EMAIL,
        userId: taught.userId,
        sessionId: taught.sessionId,
        slotId: taught.slotId,
        registrationIds: trainees.map((t) => t.id),
        participantUserIds: trainees.map((t) => t.userId),
      },
      staffUserId: staff.userId,
      manager: { userId: managerId, companyId: membership!.companyId },
      controllerUserId: await userIdOf(conn, CONTROLLER_EMAIL),
      masterUserId: await userIdOf(conn, MASTER_EMAIL),
      convocationRegistrationIds: convocations.map((c) => c.id),
      submissions: rows.map((r) => ({
        userId: r.userId,
        email: r.email,
        registrationId: r.registrationId,
        answers: Object.fromEntries(
          (typeof r.questions === "string"
            ? (JSON.parse(r.questions) as { id: string; type: string }[])
            : r.questions
          ).map((q) => [q.id, answerFor(q.type)]),
        ),
      })),
    };
  } finally {
    await conn.close();
  }
}
