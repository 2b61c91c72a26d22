import "server-only";
import { writeAudit } from "@/lib/audit/log";
import type { Viewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/db/generated/client";
import {
  ANONYMIZED_FIRST_NAME,
  ANONYMIZED_LAST_NAME,
  REDACTED,
  anonymizedEmail,
} from "./placeholders";
import { forgetRateLimits, rateLimitKeysOf } from "./rate-limit-keys";
import { redactJson, type Json } from "./redact";

/**
 * The GDPR erasure (art. 17) of a participant, in one transaction. What makes
 * the person identifiable goes: the account's identity and login, phone and
 * job title, free texts (questionnaire answers, e-learning questions, status
 * reasons), links and mails, rate-limit counters, their e-mail or name inside
 * audit entries. What the law requires stays, attached to an anonymous account:
 * registrations, attendance, assessment scores, certificates (Code du travail
 * L6353-1, Qualiopi), orders and invoices (Code de commerce L123-22: 10 years,
 * whose printed buyer name cannot change). The session version is bumped and
 * anonymizedAt set, so every open session ends at its next request.
 *
 * Refused while the account also acts for a firm or a training organization:
 * those spaces' records name their members, and a firm must not lose its
 * last manager by surprise; the person first has those accesses removed.
 */
export type ErasureResult =
  { ok: true } | { ok: false; reason: "has-other-spaces" | "already-erased" | "not-participant" };

export const ERASURE_REFUSALS: Record<Exclude<ErasureResult, { ok: true }>["reason"], string> = {
  "has-other-spaces":
    "Votre compte sert aussi à gérer un cabinet ou un organisme de formation, ou à animer des sessions. Demandez d'abord au responsable de ce cabinet ou de cet organisme de retirer vos accès, puis recommencez.",
  "already-erased": "Ce compte a déjà été anonymisé.",
  "not-participant": "Ce compte n'a pas d'espace participant.",
};

const TRANSACTION_OPTIONS = { maxWait: 30_000, timeout: 30_000 };

export async function eraseParticipant(
  viewer: Pick<Viewer, "id">,
  now: Date = new Date(),
  /** Why: the person asked, or the account stayed inactive (lib/privacy/inactivity), done by no one. */
  options: { reason?: "request" | "inactivity" } = {},
): Promise<ErasureResult> {
  const reason = options.reason ?? "request";
  const db = await getDb();
  const result = await db.$transaction(async (tx) => {
    // Serialises two erasures of the same account (double click, two tabs).
    await tx.$queryRaw`SELECT "id" FROM "User" WHERE "id" = ${viewer.id} FOR UPDATE`;
    const user = await tx.user.findUniqueOrThrow({
      where: { id: viewer.id },
      select: {
        email: true,
        firstName: true,
        lastName: true,
        anonymizedAt: true,
        participant: { select: { id: true } },
        _count: {
          select: { companyMemberships: true, organizationStaff: true, sessionsToTeach: true },
        },
      },
    });
    if (user.anonymizedAt) return { ok: false as const, reason: "already-erased" as const };
    if (!user.participant) return { ok: false as const, reason: "not-participant" as const };
    // A trainer's assignments and countersigned sheets are the organization's records too.
    if (
      user._count.companyMemberships > 0 ||
      user._count.organizationStaff > 0 ||
      user._count.sessionsToTeach > 0
    ) {
      return { ok: false as const, reason: "has-other-spaces" as const };
    }
    const participantId = user.participant.id;
    const email = user.email.toLowerCase();
    const fullName = `${user.firstName} ${user.lastName}`.toLowerCase();
    const ofParticipant = { registration: { participantId } };

    const redactedAudit = await redactAuditEntries(tx, [email, fullName]);
    const mailJobs = await tx.$executeRaw`
      DELETE FROM "MailJob"
      WHERE lower("to") = ${email}
         OR strpos(lower("message"::text), ${email}) > 0
         OR strpos(lower("message"::text), ${fullName}) > 0`;
    const buckets = await tx.rateLimitBucket.deleteMany({
      where: { key: { in: rateLimitKeysOf(email) } },
    });
    const tokens = await tx.accountToken.deleteMany({ where: { userId: viewer.id } });
    await tx.notificationPreference.deleteMany({ where: { userId: viewer.id } });
    const questions = await tx.elearningQuestion.deleteMany({ where: ofParticipant });
    await tx.answer.updateMany({
      where: { response: ofParticipant, textValue: { not: null } },
      data: { textValue: null },
    });
    await tx.registrationStatusChange.updateMany({
      where: { ...ofParticipant, reason: { not: null } },
      data: { reason: null },
    });
    await tx.registration.updateMany({
      where: { participantId, statusReason: { not: null } },
      data: { statusReason: null },
    });
    await tx.participant.update({
      where: { id: participantId },
      data: { phone: null, jobTitle: null },
    });
    await tx.user.update({
      where: { id: viewer.id },
      data: {
        email: anonymizedEmail(viewer.id),
        firstName: ANONYMIZED_FIRST_NAME,
        lastName: ANONYMIZED_LAST_NAME,
        passwordHash: null,
        passwordChangedAt: null,
        anonymizedAt: now,
        lastSignInAt: null,
        inactivityWarnedAt: null,
        sessionVersion: { increment: 1 },
      },
    });
    // Counts only: the trace of an erasure must not hold what it erased.
    await writeAudit(tx, {
      actorUserId: reason === "request" ? viewer.id : null,
      action: "user.erased",
      entityType: "User",
      entityId: viewer.id,
      data: {
        reason,
        auditEntriesRedacted: redactedAudit,
        mailJobsDeleted: mailJobs,
        rateLimitBucketsDeleted: buckets.count,
        accountTokensDeleted: tokens.count,
        elearningQuestionsDeleted: questions.count,
      },
      at: now,
    });
    return { ok: true as const, email };
  }, TRANSACTION_OPTIONS);
  if (!result.ok) return result;
  await forgetRateLimits(result.email);
  return { ok: true };
}

/**
 * Audit entries keep what happened; a string naming the person (the e-mail an
 * organization typed to register them, for instance) is replaced. The search
 * reads the JSON as text, so a new kind of entry is covered without code here.
 */
async function redactAuditEntries(
  tx: Prisma.TransactionClient,
  needles: string[],
): Promise<number> {
  const [email, fullName] = needles;
  const rows = await tx.$queryRaw<{ id: string; data: string }[]>`
    SELECT "id", "data"::text AS "data" FROM "AuditLog"
    WHERE strpos(lower("data"::text), ${email}) > 0
       OR strpos(lower("data"::text), ${fullName}) > 0`;
  for (const row of rows) {
    const data = redactJson(JSON.parse(row.data) as Json, needles, REDACTED);
    await tx.auditLog.update({
      where: { id: row.id },
      data: { data: data as Prisma.InputJsonValue },
    });
  }
  return rows.length;
}
