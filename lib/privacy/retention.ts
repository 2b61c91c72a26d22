import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { FORGET_AFTER_MS } from "@/lib/security/rate-limit-rules";

/*
 * The retention policy of the technical tables, as data (the reasons are in
 * docs/registre-des-traitements.md and on /confidentialite). Training and
 * billing records are not purged here: they outlive the account by law.
 * No "server-only": `npm run db:retention` runs it from a script.
 */
const DAY_MS = 86_400_000;
const YEAR_MS = 365 * DAY_MS;

export const RETENTION = {
  /** A used or expired link is kept a month, so that "this link was already used" can still be told apart from a forged one. */
  accountTokensAfterEndMs: 30 * DAY_MS,
  /** A sent e-mail is kept a month, for "I never received my convocation" questions. */
  sentMailMs: 30 * DAY_MS,
  /** A failed e-mail is kept three months, for the operator to find out why. */
  failedMailMs: 90 * DAY_MS,
  /** Audit entries, by the prefix of their action; the first match wins, the last entry is the default. */
  audit: [
    // Accounting evidence (Code de commerce L123-22).
    { prefixes: ["order.", "invoice.", "payment."], keepMs: 10 * YEAR_MS },
    // Training evidence for Qualiopi audits and funders' controls, and the proof that an
    // erasure was carried out (accountability, GDPR art. 5.2; the entry holds no personal data).
    {
      prefixes: [
        "registration.",
        "attendance.",
        "certificate.",
        "questionnaire.",
        "material.",
        "elearning.",
        "user.erased",
      ],
      keepMs: 6 * YEAR_MS,
    },
    // Security trace (sign-in links, habilitations): a year, as the privacy notice says.
    { prefixes: [] as string[], keepMs: YEAR_MS },
  ],
} as const;

export type RetentionReport = {
  accountTokens: number;
  auditEntries: number;
  mailJobs: number;
  rateLimitBuckets: number;
};

function auditWhere(now: Date): Prisma.AuditLogWhereInput[] {
  const classes = RETENTION.audit;
  return classes.map((c, index) => {
    const before = new Date(now.getTime() - c.keepMs);
    const longer = classes.slice(0, index).flatMap((k) => k.prefixes);
    const own = c.prefixes.map((p) => ({ action: { startsWith: p } }));
    return {
      at: { lt: before },
      ...(own.length > 0 ? { OR: own } : {}),
      // An entry of an earlier class is that class's to purge, never this one's.
      ...(longer.length > 0 ? { NOT: longer.map((p) => ({ action: { startsWith: p } })) } : {}),
    };
  });
}

/** Deletes what the policy no longer allows to keep, as of `now`. Safe to run at any time, anywhere. */
export async function purgeExpiredData(db: Db, now: Date = new Date()): Promise<RetentionReport> {
  const ago = (ms: number) => new Date(now.getTime() - ms);
  const tokensBefore = ago(RETENTION.accountTokensAfterEndMs);
  const [accountTokens, mailJobs, rateLimitBuckets] = await Promise.all([
    db.accountToken.deleteMany({
      where: { OR: [{ usedAt: { lt: tokensBefore } }, { expiresAt: { lt: tokensBefore } }] },
    }),
    db.mailJob.deleteMany({
      where: {
        OR: [
          { status: { in: ["SENT", "DIGESTED"] }, sentAt: { lt: ago(RETENTION.sentMailMs) } },
          // A notice not sent (its category turned off) only kept its dedupe key.
          { status: "SKIPPED", createdAt: { lt: ago(RETENTION.sentMailMs) } },
          { status: "FAILED", createdAt: { lt: ago(RETENTION.failedMailMs) } },
        ],
      },
    }),
    db.rateLimitBucket.deleteMany({ where: { updatedAt: { lt: ago(FORGET_AFTER_MS) } } }),
  ]);
  let auditEntries = 0;
  for (const where of auditWhere(now)) {
    auditEntries += (await db.auditLog.deleteMany({ where })).count;
  }
  return {
    accountTokens: accountTokens.count,
    auditEntries,
    mailJobs: mailJobs.count,
    rateLimitBuckets: rateLimitBuckets.count,
  };
}
