import "server-only";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/db/generated/client";
import { publicBaseUrl } from "@/lib/http/public-url";
import { inactivityWarningMail } from "@/lib/mail/messages";
import { queueMail } from "@/lib/mail/queue";
import { eraseParticipant } from "./erase";

/*
 * Accounts left unused are not kept forever (GDPR art. 5.1.e). A participant
 * account is inactive when, for three years, it has not been signed in to and
 * none of its sessions has ended (a firm that keeps registering a collaborator
 * keeps the account alive). An inactive account is warned by e-mail; a month
 * later, if it is still inactive, it is anonymised exactly as the erasure on
 * request does (./erase): identity, login and free texts go, the legal
 * records stay under the anonymous account for their own durations (training
 * evidence 6 years, invoices 10 years; ./retention purges their audit trail).
 *
 * Nothing is done to an account under a legal hold: an invoice of its own
 * still unpaid (a claim may have to be pursued), an internship (stage)
 * in progress, a session not yet ended; nor to an account that also acts for
 * a firm, an organization or as a trainer (the erasure refuses those: their
 * spaces' managers remove the access first).
 */
const DAY_MS = 86_400_000;
export const INACTIVITY = {
  /** Three years without a sign-in nor a session. */
  inactiveAfterMs: 3 * 365 * DAY_MS,
  /** The warning comes this long before the anonymisation. */
  noticeMs: 30 * DAY_MS,
} as const;

export type InactivityReport = { warned: number; anonymised: number };

/** Participant-only accounts, not erased, with nothing under a legal hold as of `now`. */
function eligibleWhere(now: Date): Prisma.UserWhereInput {
  const since = new Date(now.getTime() - INACTIVITY.inactiveAfterMs);
  return {
    anonymizedAt: null,
    createdAt: { lt: since },
    OR: [{ lastSignInAt: null }, { lastSignInAt: { lt: since } }],
    companyMemberships: { none: {} },
    organizationStaff: { none: {} },
    sessionsToTeach: { none: {} },
    participant: {
      // No session ended within the three years, nor one still to come.
      registrations: { none: { session: { endsAt: { gte: since } } } },
      internships: { none: { status: "ACTIVE" } },
      orders: { none: { invoices: { some: { status: "ISSUED" } } } },
    },
  };
}

/**
 * One pass, as of `now`: warns the accounts that became inactive, anonymises
 * those warned at least a month ago and still inactive. Idempotent: a second
 * pass the same day does nothing; several instances at once may warn an
 * account twice at worst (the dedupe key keeps it to one e-mail).
 */
export async function runInactivityPass(
  now: Date = new Date(),
  options: { batch?: number } = {},
): Promise<InactivityReport> {
  const db = await getDb();
  const take = options.batch ?? 200;
  const where = eligibleWhere(now);
  const report: InactivityReport = { warned: 0, anonymised: 0 };

  // In batches until none is left (a batch that brings nothing new ends the pass).
  const seen = new Set<string>();
  for (;;) {
    const due = await db.user.findMany({
      where: {
        ...where,
        inactivityWarnedAt: { lte: new Date(now.getTime() - INACTIVITY.noticeMs) },
      },
      select: { id: true },
      orderBy: { id: "asc" },
      take,
    });
    const fresh = due.filter((user) => !seen.has(user.id));
    if (fresh.length === 0) break;
    for (const user of fresh) {
      seen.add(user.id);
      const result = await eraseParticipant({ id: user.id }, now, { reason: "inactivity" });
      if (result.ok) report.anonymised++;
    }
  }

  const erasureOn = new Date(now.getTime() + INACTIVITY.noticeMs);
  const signInLink = `${publicBaseUrl()}/connexion`;
  for (;;) {
    const toWarn = await db.user.findMany({
      where: { ...where, inactivityWarnedAt: null, id: { notIn: [...seen] } },
      select: { id: true, email: true, firstName: true },
      orderBy: { id: "asc" },
      take,
    });
    if (toWarn.length === 0) break;
    for (const user of toWarn) {
      seen.add(user.id);
      // Claimed first: two instances never warn the same account twice.
      const claimed = await db.user.updateMany({
        where: { id: user.id, inactivityWarnedAt: null },
        data: { inactivityWarnedAt: now },
      });
      if (claimed.count === 0) continue;
      report.warned++;
      queueMail(
        "avertissement d'inactivité",
        async () =>
          inactivityWarningMail({
            to: user.email,
            firstName: user.firstName,
            signInLink,
            erasureOn,
          }),
        {
          dedupeKey: `inactivity-warning:${user.id}:${now.toISOString().slice(0, 10)}`,
          userId: user.id,
        },
      );
    }
  }
  return report;
}
