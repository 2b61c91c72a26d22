import "server-only";
import { flushMail, sendDueMail, type DueMailReport } from "@/lib/mail/queue";
import { runRetentionJob, type RetentionJobReport } from "./retention-job";
import { queueTimedNotices, type TimedNoticesReport } from "./timed-notices";

/**
 * Scheduled work in slices, for hosts where no process lives between requests
 * (a platform's scheduler calls /api/cron/<job>). Each slice stops at its
 * deadline and says what is left; the next call resumes from the table, since
 * every piece of work is found again from the data (due jobs, notices without
 * their dedupe key, expired rows). Two calls at once are safe: job claims,
 * dedupe keys and idempotent deletes.
 */

/** The mail queue: one attempt at each due message until the deadline. */
export function runMailSlice(deadline: number): Promise<DueMailReport> {
  return sendDueMail(deadline);
}

export type NoticesReport = TimedNoticesReport & {
  /** False when the deadline came before every queued notice had its first attempt. */
  settled: boolean;
};

/** What time alone makes due: validation tests opening, certificates, reminders (lib/jobs/timed-notices). */
export async function runNoticesSlice(
  deadline: number,
  now: Date = new Date(),
): Promise<NoticesReport> {
  const report = await queueTimedNotices(now);
  // The notices are stored then sent in the background: wait for them within the budget,
  // so that a frozen process leaves nothing unstored; what is not sent is the mail slice's.
  const settled = await Promise.race([
    flushMail().then(() => true),
    new Promise<boolean>((resolve) =>
      setTimeout(() => resolve(false), Math.max(0, deadline - Date.now())).unref(),
    ),
  ]);
  return { ...report, settled };
}

/** The retention policy (lib/jobs/retention-job.ts), as the worker's daily job. */
export async function runRetentionSlice(): Promise<RetentionJobReport> {
  const report = await runRetentionJob();
  // The warnings are stored before the call answers (a frozen process loses nothing).
  await flushMail();
  return report;
}
