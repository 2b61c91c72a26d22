/**
 * npm run db:retention — applies the retention policy (lib/privacy/retention.ts)
 * to the database that DATABASE_URL names, or the embedded one under .data/.
 * The server runs the same purge once a day; hosts that set RETENTION_JOB=off
 * schedule this script instead (cron, a platform's scheduled job).
 *   --now=<ISO>   purges as of another day (checks, tests)
 */
import { closeDb, getDb } from "../../lib/db/client";
import { describeTarget, resolveDatabaseTarget } from "../../lib/db/target";
import { purgeExpiredData } from "../../lib/privacy/retention";

function nowFromArgs(argv: readonly string[]): Date {
  const arg = argv.find((a) => a.startsWith("--now="));
  if (!arg) return new Date();
  const now = new Date(arg.slice("--now=".length));
  if (Number.isNaN(now.getTime())) throw new Error(`Date invalide pour --now : ${arg}`);
  return now;
}

async function main(): Promise<number> {
  const now = nowFromArgs(process.argv);
  const report = await purgeExpiredData(await getDb(), now);
  console.log(
    `Rétention appliquée (${describeTarget(resolveDatabaseTarget())}) : ` +
      `${report.accountTokens} liens, ${report.auditEntries} entrées du journal, ` +
      `${report.mailJobs} e-mails, ${report.rateLimitBuckets} compteurs supprimés.`,
  );
  return 0;
}

main()
  .then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(
        "Échec de la purge de rétention :",
        error instanceof Error ? error.message : error,
      );
      process.exitCode = 1;
    },
  )
  .finally(() => closeDb());
