import "server-only";
import { getDb } from "@/lib/db";
import { purgeExpiredData } from "./retention";

/**
 * The retention purge, once a day inside the server (started by
 * instrumentation.ts), so that a host without a scheduler still applies the
 * policy. Every instance may run it: each purge is a set of idempotent deletes.
 * RETENTION_JOB=off leaves it to the host's scheduler (`npm run db:retention`).
 */
const DAY_MS = 86_400_000;
/** Not at boot: a starting server first serves its requests. */
const FIRST_RUN_MS = 10 * 60_000;

let started = false;

export function startRetentionJob(): void {
  if (started || process.env.RETENTION_JOB === "off") return;
  started = true;
  const run = async () => {
    try {
      const report = await purgeExpiredData(await getDb());
      console.info("[rétention] purge effectuée", report);
    } catch (error) {
      console.error("[rétention] purge interrompue", error);
    }
  };
  setTimeout(run, FIRST_RUN_MS).unref();
  setInterval(run, DAY_MS).unref();
}
