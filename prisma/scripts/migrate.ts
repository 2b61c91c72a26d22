/**
 * npm run db:migrate — applies the committed migrations to the database that
 * DATABASE_URL names, or to the embedded one under .data/.
 * --recreate-broken: an embedded data directory that cannot be opened is moved
 * aside and created anew (the demo must always start).
 */
import fs from "node:fs";
import path from "node:path";
import { applyMigrations, MigrationError, readMigrations } from "../../lib/db/migrate";
import { openSqlConnection, type SqlConnection } from "../../lib/db/sql-connection";
import { describeTarget, resolveDatabaseTarget, type DatabaseTarget } from "../../lib/db/target";

async function connect(target: DatabaseTarget, recreateBroken: boolean): Promise<SqlConnection> {
  try {
    const conn = await openSqlConnection(target);
    await conn.query("SELECT 1");
    return conn;
  } catch (error) {
    if (!recreateBroken || target.kind !== "pglite" || target.dataDir === "memory://") throw error;
    const aside = `${target.dataDir}.broken-${Date.now()}`;
    console.warn(
      `La base embarquée ${target.dataDir} est illisible ; elle est déplacée vers ${aside} et recréée.`,
    );
    if (fs.existsSync(target.dataDir)) fs.renameSync(target.dataDir, aside);
    return openSqlConnection(target);
  }
}

async function main() {
  const recreateBroken = process.argv.includes("--recreate-broken");
  const target = resolveDatabaseTarget();
  const migrations = readMigrations(path.resolve("prisma/migrations"));
  const conn = await connect(target, recreateBroken);
  try {
    const applied = await applyMigrations(conn, migrations, {
      usesAdvisoryLock: target.kind === "postgres",
      log: (line) => console.log(line),
    });
    console.log(
      applied.length
        ? `${applied.length} migration(s) appliquée(s) sur ${describeTarget(target)}.`
        : `Base à jour (${describeTarget(target)}).`,
    );
  } finally {
    await conn.close();
  }
}

main().catch((error: unknown) => {
  if (error instanceof MigrationError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
