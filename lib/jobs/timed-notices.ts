import "server-only";
import { queueCertificateNotices } from "@/lib/certificates/notice";
import { queueValidationTestNotices } from "@/lib/questionnaires/validation-notice";
import { runReminderPass, type ReminderPassReport } from "@/lib/reminders/pass";

/** Sessions that ended this recently are checked for certificates at each pass. */
const CERTIFICATE_LOOKBACK_MS = 3 * 86_400_000;

export type TimedNoticesReport = {
  validationTests: number;
  certificates: number;
  reminders: ReminderPassReport;
};

/**
 * What time alone makes due, for the in-process worker and the scheduler's
 * /api/cron/notices alike: validation tests opening, certificates at the end of
 * a session whose rule already holds, and the reminders before something closes
 * or starts (lib/reminders). Dedupe keys make a second pass a no-op.
 */
export async function queueTimedNotices(now: Date = new Date()): Promise<TimedNoticesReport> {
  const validationTests = await queueValidationTestNotices(now);
  const certificates = await queueCertificateNotices(
    {
      session: {
        endsAt: { lte: now, gte: new Date(now.getTime() - CERTIFICATE_LOOKBACK_MS) },
      },
    },
    now,
  );
  const reminders = await runReminderPass(now);
  return { validationTests, certificates, reminders };
}
