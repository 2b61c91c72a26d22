/**
 * npm run db:backup [-- --dir=<folder>] — saves the database in use (DATABASE_URL,
 * or the embedded one under .data/) into <folder> (default backups/): a pg_dump
 * (custom format) or PGlite's own dump, and its manifest (every table's row count
 * and checksum, the stored files with their SHA-256). The embedded database must
 * not be open elsewhere: stop `npm start` / `npm run demo` first.
 */
import path from "node:path";
import { backupDatabase } from "../../lib/db/backup";
import { describeTarget, resolveDatabaseTarget } from "../../lib/db/target";
import { storageFromEnv } from "../../lib/storage";

async function main(): Promise<void> {
  const dirArg = process.argv.find((a) => a.startsWith("--dir="));
  const dir = path.resolve(dirArg ? dirArg.slice("--dir=".length) : "backups");
  const target = resolveDatabaseTarget();
  const { file, manifest } = await backupDatabase(target, { dir, storage: storageFromEnv() });
  const rows = Object.values(manifest.tables).reduce((sum, t) => sum + t.rows, 0);
  const missing = manifest.files.filter((f) => f.sha256 === null).length;
  console.log(
    `Sauvegarde de ${describeTarget(target)} : ${file}\n` +
      `${Object.keys(manifest.tables).length} tables, ${rows} lignes, ` +
      `${manifest.files.length} fichiers stockés listés` +
      (missing > 0 ? ` (${missing} introuvables dans le stockage)` : "") +
      `.\nManifeste : ${file}.manifest.json`,
  );
}

main().catch((error: unknown) => {
  console.error("Échec de la sauvegarde :", error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
