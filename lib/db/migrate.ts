import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { SqlConnection } from "./sql-connection";

/**
 * Applies prisma/migrations/* in order and keeps Prisma's own bookkeeping
 * table, so that `prisma migrate deploy/status` on an ordinary machine reads
 * the database as up to date. Each migration runs in one transaction: a failure
 * leaves nothing half-applied and is recorded the way Prisma records it
 * (finished_at null, logs set), then reported with the migration's name.
 */

// Same DDL as Prisma's schema engine creates.
const BOOKKEEPING_DDL = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
);`;

// Prisma's advisory lock id: two migrators never run at once on one server.
const PRISMA_ADVISORY_LOCK = 72707369;

export type MigrationFile = { name: string; sql: string; checksum: string };

export class MigrationError extends Error {
  constructor(
    readonly migrationName: string,
    readonly cause: unknown,
  ) {
    super(
      `La migration ${migrationName} a échoué : ${cause instanceof Error ? cause.message : String(cause)}`,
    );
  }
}

export function readMigrations(migrationsDir: string): MigrationFile[] {
  if (!fs.existsSync(migrationsDir)) return [];
  return fs
    .readdirSync(migrationsDir, { withFileTypes: true })
    .filter(
      (entry) =>
        entry.isDirectory() && fs.existsSync(path.join(migrationsDir, entry.name, "migration.sql")),
    )
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const bytes = fs.readFileSync(path.join(migrationsDir, name, "migration.sql"));
      return {
        name,
        sql: bytes.toString("utf8"),
        checksum: crypto.createHash("sha256").update(bytes).digest("hex"),
      };
    });
}

type AppliedRow = {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
};

export async function applyMigrations(
  conn: SqlConnection,
  migrations: MigrationFile[],
  opts: { usesAdvisoryLock: boolean; log?: (line: string) => void } = { usesAdvisoryLock: true },
): Promise<string[]> {
  const log = opts.log ?? (() => {});
  await conn.exec(BOOKKEEPING_DDL);
  if (opts.usesAdvisoryLock) await conn.query(`SELECT pg_advisory_lock(${PRISMA_ADVISORY_LOCK})`);
  try {
    const rows = await conn.query<AppliedRow>(
      `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at`,
    );
    const applied = new Map(
      rows.filter((r) => r.finished_at && !r.rolled_back_at).map((r) => [r.migration_name, r]),
    );
    const newlyApplied: string[] = [];
    for (const migration of migrations) {
      const done = applied.get(migration.name);
      if (done) {
        if (done.checksum !== migration.checksum) {
          log(`Attention : ${migration.name} a été modifiée après son application.`);
        }
        continue;
      }
      // A previous failed attempt rolled back with its transaction: mark it so, as
      // `prisma migrate resolve --rolled-back` would, and try again.
      await conn.query(
        `UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE migration_name = $1 AND finished_at IS NULL AND rolled_back_at IS NULL`,
        [migration.name],
      );
      const id = crypto.randomUUID();
      try {
        await conn.exec(`BEGIN;\n${migration.sql}\n;COMMIT;`);
      } catch (error) {
        await conn.exec("ROLLBACK;").catch(() => {});
        await conn.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, logs, started_at, applied_steps_count) VALUES ($1, $2, $3, $4, now(), 0)`,
          [
            id,
            migration.checksum,
            migration.name,
            error instanceof Error ? error.message : String(error),
          ],
        );
        throw new MigrationError(migration.name, error);
      }
      await conn.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count) VALUES ($1, $2, $3, now(), now(), 1)`,
        [id, migration.checksum, migration.name],
      );
      newlyApplied.push(migration.name);
      log(`Migration appliquée : ${migration.name}`);
    }
    return newlyApplied;
  } finally {
    if (opts.usesAdvisoryLock)
      await conn.query(`SELECT pg_advisory_unlock(${PRISMA_ADVISORY_LOCK})`);
  }
}
