import "server-only";
import { resumeDueMail, sendDueMail } from "@/lib/mail/queue";
import { queueTimedNotices } from "./timed-notices";

/**
 * The server's mail worker (started by instrumentation.ts): every minute it
 * resumes the messages whose next attempt is due (left by a failed attempt or
 * by a stopped process) and announces what became available with time alone
 * (a validation test opening, a certificate at the end of a session whose
 * attendance was recorded earlier). Every instance may run it: job claims and
 * dedupe keys keep each message single.
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

export async function mailWorkerTick(now: Date = new Date()): Promise<void> {
  const started = await resumeDueMail(now, BATCH);
  // A backlog (after a long outage of the mail server) is worked through within
  // the tick, one attempt per job as the scheduler's slice does, not fifty a minute.
  if (started === BATCH) await sendDueMail(Date.now() + tickMs() / 2);
  await queueTimedNotices(now);
}

let started = false;

export function startMailWorker(): void {
  if (started || process.env.MAIL_WORKER === "off") return;
  started = true;
  let running = false;
  const tick = async () => {
    if (running) return; // a slow tick (database away) is never doubled
    running = true;
    try {
      await mailWorkerTick();
    } catch (error) {
      console.error("[mail] tour du worker interrompu", error);
    } finally {
      running = false;
    }
  };
  setTimeout(tick, FIRST_TICK_MS).unref();
  setInterval(tick, tickMs()).unref();
}
