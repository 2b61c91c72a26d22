import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { applyMigrations, MigrationError, readMigrations } from "../../lib/db/migrate";
import { openSqlConnection } from "../../lib/db/sql-connection";
import type { DatabaseTarget } from "../../lib/db/target";
import {
  adminQuery,
  dropDatabase,
  MIGRATIONS_DIR,
  newName,
  serverUrl,
  withDatabaseName,
} from "../support/databases";

/** The engine-free migration runner, on an empty database of the run's kind. */
const created: DatabaseTarget[] = [];
afterAll(async () => {
  for (const target of created) await dropDatabase(target);
});

async function emptyDatabase(): Promise<DatabaseTarget> {
  const url = serverUrl();
  let target: DatabaseTarget;
  if (url) {
    const name = newName("parcours_mig");
    await adminQuery(`CREATE DATABASE "${name}"`);
    target = { kind: "postgres", url: withDatabaseName(url, name) };
  } else {
    target = { kind: "pglite", dataDir: fs.mkdtempSync(path.join(os.tmpdir(), "parcours-mig-")) };
  }
  created.push(target);
  return target;
}

describe("applying migrations", () => {
  it("applies every committed migration once and keeps Prisma's bookkeeping", async () => {
    const target = await emptyDatabase();
    const migrations = readMigrations(MIGRATIONS_DIR);
    expect(migrations.length).toBeGreaterThan(0);
    const conn = await openSqlConnection(target);
    try {
      const first = await applyMigrations(conn, migrations, {
        usesAdvisoryLock: target.kind === "postgres",
      });
      expect(first).toEqual(migrations.map((m) => m.name));
      const again = await applyMigrations(conn, migrations, {
        usesAdvisoryLock: target.kind === "postgres",
      });
      expect(again).toEqual([]);
      const rows = await conn.query<{
        migration_name: string;
        checksum: string;
        finished_at: Date | null;
      }>(
        `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" ORDER BY migration_name`,
      );
      expect(rows.map((r) => [r.migration_name, r.checksum])).toEqual(
        migrations.map((m) => [m.name, m.checksum]),
      );
      expect(rows.every((r) => r.finished_at !== null)).toBe(true);
    } finally {
      await conn.close();
    }
  });

  it("stops on a failing migration with its name, and records nothing half-applied as applied", async () => {
    const target = await emptyDatabase();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "parcours-migs-"));
    const write = (name: string, sql: string) => {
      fs.mkdirSync(path.join(dir, name));
      fs.writeFileSync(path.join(dir, name, "migration.sql"), sql);
    };
    write("20260101000000_good", `CREATE TABLE "A" ("id" INT PRIMARY KEY);`);
    write(
      "20260102000000_bad",
      `CREATE TABLE "B" ("id" INT PRIMARY KEY);\nINSERT INTO "Missing" VALUES (1);`,
    );
    const conn = await openSqlConnection(target);
    try {
      const error = await applyMigrations(conn, readMigrations(dir), {
        usesAdvisoryLock: target.kind === "postgres",
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(MigrationError);
      expect((error as MigrationError).message).toContain("20260102000000_bad");
      expect((error as MigrationError).message).toMatch(/Missing/);
      // The failed migration's first statement was rolled back with it.
      const tables = await conn.query<{ tablename: string }>(
        `SELECT tablename FROM pg_tables WHERE schemaname = 'public'`,
      );
      expect(tables.map((t) => t.tablename)).toContain("A");
      expect(tables.map((t) => t.tablename)).not.toContain("B");
      const rows = await conn.query<{
        migration_name: string;
        finished_at: Date | null;
        logs: string | null;
      }>(
        `SELECT migration_name, finished_at, logs FROM "_prisma_migrations" WHERE migration_name = '20260102000000_bad'`,
      );
      expect(rows).toHaveLength(1);
      expect(rows[0]?.finished_at).toBeNull();
      expect(rows[0]?.logs).toMatch(/Missing/);

      // Fixed, it applies on the next run.
      fs.writeFileSync(
        path.join(dir, "20260102000000_bad", "migration.sql"),
        `CREATE TABLE "B" ("id" INT PRIMARY KEY);`,
      );
      expect(
        await applyMigrations(conn, readMigrations(dir), {
          usesAdvisoryLock: target.kind === "postgres",
        }),
      ).toEqual(["20260102000000_bad"]);
    } finally {
      await conn.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
