import "server-only";
import { resumeDueMail, sendDueMail } from "@/lib/mail/queue";
import { queueTimedNotices } from "./timed-notices";

/**
 * The server's mail worker (started by instrumentation.ts): every minute it
 * resumes the messages whose next attempt is due (left by a failed attempt or
 * by a stopped process); at its first tick and then every 15 minutes it also
 * announces what became available with time alone (a validation test opening,
 * a certificate at the end of a session whose attendance was recorded earlier,
 * the reminders). Every instance may run it: job claims and dedupe keys keep
 * each message single.
 *
 * It lives in lib/jobs, above the features whose notices it composes, so that
 * lib/mail (queue, messages, transport) knows nothing of features.
 */
/** Every minute, or MAIL_WORKER_INTERVAL_MS. */
function tickMs(): number {
  const value = Number(process.env.MAIL_WORKER_INTERVAL_MS);
  return Number.isFinite(value) && value >= 1_000 ? value : 60_000;
}
const FIRST_TICK_MS = 5_000;
const BATCH = 50;
/**
 * The timed notices' pace, the scheduler's for /api/cron/notices: reminders are
 * day-grained, and their pass reads every registration due (npm run
 * bench:reminders: 1.6 s per 100,000), too much for every minute of a web server.
 */
const NOTICES_EVERY_MS = 15 * 60_000;

export async function mailWorkerTick(
  now: Date = new Date(),
  options: { notices?: boolean } = {},
): Promise<void> {
  const started = await resumeDueMail(now, BATCH);
  // A backlog (after a long outage of the mail server) is worked through within
  // the tick, one attempt per job as the scheduler's slice does, not fifty a minute.
  if (started === BATCH) await sendDueMail(Date.now() + tickMs() / 2);
  if (options.notices ?? true) await queueTimedNotices(now);
}

let started = false;

/** Runs `work` at the first tick, then every `intervalMs`; a slow run (database away) is never doubled. */
function repeat(label: string, intervalMs: number, work: () => Promise<unknown>): void {
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      await work();
    } catch (error) {
      console.error(`[mail] ${label} interrompu`, error);
    } finally {
      running = false;
    }
  };
  setTimeout(run, FIRST_TICK_MS).unref();
  setInterval(run, intervalMs).unref();
}

export function startMailWorker(): void {
  if (started || process.env.MAIL_WORKER === "off") return;
  started = true;
  repeat("tour du worker", tickMs(), () => mailWorkerTick(new Date(), { notices: false }));
  repeat("passage des annonces et rappels", NOTICES_EVERY_MS, () => queueTimedNotices());
}
