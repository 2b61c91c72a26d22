import "server-only";
import { getDb } from "@/lib/db";
import { runInactivityPass, type InactivityReport } from "@/lib/privacy/inactivity";
import { purgeExpiredData, type RetentionReport } from "@/lib/privacy/retention";

/**
 * The retention policy as the worker's daily job (started by
 * instrumentation.ts), and the scheduler's /api/cron/retention on hosts
 * without a long-lived process: the purge of expired technical rows
 * (lib/privacy/retention) then the inactive accounts' pass (warning, then
 * anonymisation a month later: lib/privacy/inactivity). Every instance may run
 * it: deletes are idempotent, warnings are claimed, erasures serialised.
 * RETENTION_JOB=off leaves it to the scheduler.
 */
const DAY_MS = 86_400_000;
/** Not at boot: a starting server first serves its requests. */
const FIRST_RUN_MS = 10 * 60_000;

export type RetentionJobReport = RetentionReport & { inactiveAccounts: InactivityReport };

export async function runRetentionJob(now: Date = new Date()): Promise<RetentionJobReport> {
  const purged = await purgeExpiredData(await getDb(), now);
  const inactiveAccounts = await runInactivityPass(now);
  return { ...purged, inactiveAccounts };
}

let started = false;

export function startRetentionJob(): void {
  if (started || process.env.RETENTION_JOB === "off") return;
  started = true;
  const run = async () => {
    try {
      console.info("[rétention] passage effectué", await runRetentionJob());
    } catch (error) {
      console.error("[rétention] passage interrompu", error);
    }
  };
  setTimeout(run, FIRST_RUN_MS).unref();
  setInterval(run, DAY_MS).unref();
}
