/**
 * npm run db:restore <file> — restores a dump made by `npm run db:backup` into
 * the database that DATABASE_URL names (it must be empty: a new database) or
 * into PGLITE_DIR (a folder that does not exist yet), then checks every table's
 * row count and checksum against the dump's manifest and lists the stored files
 * the file store no longer holds.
 */
import path from "node:path";
import { restoreDatabase } from "../../lib/db/backup";
import { describeTarget, resolveDatabaseTarget } from "../../lib/db/target";
import { storageFromEnv } from "../../lib/storage";

async function main(): Promise<void> {
  const arg = process.argv.slice(2).find((a) => !a.startsWith("--"));
  if (!arg) throw new Error("Indiquez le fichier : npm run db:restore -- <fichier>");
  const file = path.resolve(arg);
  const target = resolveDatabaseTarget();
  const report = await restoreDatabase(target, file, { storage: storageFromEnv() });
  console.log(
    `Restauré dans ${describeTarget(target)} : ${report.tables} tables, ${report.rows} lignes, ` +
      "identiques au manifeste.",
  );
  if (report.missingFiles.length + report.changedFiles.length > 0) {
    console.warn(
      `Fichiers stockés absents : ${report.missingFiles.length}, modifiés : ${report.changedFiles.length}` +
        `\n${[...report.missingFiles, ...report.changedFiles].join("\n")}`,
    );
    process.exitCode = 2;
  }
}

main().catch((error: unknown) => {
  console.error("Échec de la restauration :", error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
