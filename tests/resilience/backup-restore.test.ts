import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { compareFigures, postgresTool, readManifest, tableFigures } from "../../lib/db/backup";
import { applyMigrations, readMigrations } from "../../lib/db/migrate";
import { openSqlConnection } from "../../lib/db/sql-connection";
import type { DatabaseTarget } from "../../lib/db/target";
import {
  adminQuery,
  copyDatabase,
  dropDatabase,
  MIGRATIONS_DIR,
  newName,
  withDatabaseName,
} from "../support/databases";
import { ROOT } from "./support/app";
import { storageDir } from "./support/cluster";
import { recordLine } from "./support/report";

/*
 * `npm run db:backup` then `npm run db:restore FILE` into an empty database,
 * as an operator types them: the demo data comes back table for table (row
 * count and a checksum of every row), and the stored files the manifest lists
 * are all found again in the file store. Then the embedded database (PGlite):
 * its own dump of the restored demo, restored into a new folder, the same.
 */
let source: DatabaseTarget;
let restored: DatabaseTarget | undefined;
let work = "";

beforeAll(async () => {
  source = await copyDatabase(inject("seededTemplate"));
  work = fs.mkdtempSync(path.join(os.tmpdir(), "parcours-backup-"));
});

afterAll(async () => {
  await dropDatabase(source);
  if (restored) await dropDatabase(restored);
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

function npm(args: string[], env: Record<string, string>) {
  const result = spawnSync("npm", ["run", "-s", ...args], {
    cwd: ROOT,
    env: { ...process.env, STORAGE_DIR: storageDir(), ...env },
    encoding: "utf8",
  });
  return { code: result.status, output: result.stdout + result.stderr };
}

async function figuresOf(target: DatabaseTarget) {
  const conn = await openSqlConnection(target);
  try {
    return await tableFigures(conn);
  } finally {
    await conn.close();
  }
}

describe("backups", () => {
  it("round-trips the demo through db:backup and db:restore on PostgreSQL", async () => {
    if (source.kind !== "postgres") throw new Error("PostgreSQL attendu");
    const backup = npm(["db:backup", "--", `--dir=${work}`], { DATABASE_URL: source.url });
    expect(backup.code, backup.output).toBe(0);
    const file = path.join(
      work,
      fs.readdirSync(work).find((f) => f.endsWith(".dump"))!,
    );
    const manifest = readManifest(file);
    expect(manifest.files.length).toBeGreaterThan(0);
    expect(manifest.files.every((f) => f.sha256 !== null)).toBe(true);

    const name = newName("parcours_restore");
    await adminQuery(`CREATE DATABASE "${name}"`);
    restored = { kind: "postgres", url: withDatabaseName(source.url, name) };
    const restore = npm(["db:restore", "--", file], { DATABASE_URL: restored.url });
    expect(restore.code, restore.output).toBe(0);
    // A second restore into the same database is refused: it is no longer empty.
    expect(npm(["db:restore", "--", file], { DATABASE_URL: restored.url }).code).toBe(1);

    const before = await figuresOf(source);
    const after = await figuresOf(restored);
    expect(compareFigures(before, after)).toEqual([]);
    const rows = (f: typeof before) => Object.values(f).reduce((s, t) => s + t.rows, 0);
    expect(Object.keys(before).length).toBeGreaterThan(40);
    recordLine({
      scenario: "4. db:backup → db:restore (PostgreSQL, demo data)",
      requests: 0,
      errors: {},
      rowsExpected: rows(before),
      rowsFound: rows(after),
      mailsExpected: null,
      mailsSent: null,
      note: `${Object.keys(after).length} tables, each with the same count and checksum; ${manifest.files.length} stored files listed, all found`,
    });
  });

  it("round-trips the embedded database through its own dump", async () => {
    if (source.kind !== "postgres") throw new Error("PostgreSQL attendu");
    // The demo in an embedded database: the committed migrations, then the demo's rows.
    const embedded: DatabaseTarget = { kind: "pglite", dataDir: path.join(work, "pglite") };
    const rowsSql = spawnSync(
      postgresTool("pg_dump"),
      [
        "--data-only",
        "--inserts",
        "--rows-per-insert=200",
        "--exclude-table=_prisma_migrations",
        `--dbname=${source.url}`,
      ],
      { encoding: "utf8", maxBuffer: 512 * 1024 * 1024 },
    );
    expect(rowsSql.status, rowsSql.stderr).toBe(0);
    const conn = await openSqlConnection(embedded);
    try {
      await applyMigrations(conn, readMigrations(MIGRATIONS_DIR));
      // Rows in dump order: foreign keys are checked at the end of each statement otherwise.
      // psql's own commands (\restrict of recent pg_dump versions) are not SQL.
      const statements = rowsSql.stdout.replace(/^\\.*$/gm, "");
      await conn.exec(`SET session_replication_role = replica;\n${statements}`);
    } finally {
      await conn.close();
    }

    const dir = path.join(work, "embedded");
    const backup = npm(["db:backup", "--", `--dir=${dir}`], {
      DATABASE_URL: "",
      PGLITE_DIR: embedded.dataDir,
    });
    expect(backup.code, backup.output).toBe(0);
    const file = path.join(
      dir,
      fs.readdirSync(dir).find((f) => f.endsWith(".tar.gz"))!,
    );
    const into: DatabaseTarget = { kind: "pglite", dataDir: path.join(work, "pglite-restored") };
    const restore = npm(["db:restore", "--", file], { DATABASE_URL: "", PGLITE_DIR: into.dataDir });
    expect(restore.code, restore.output).toBe(0);

    const before = await figuresOf(embedded);
    const after = await figuresOf(into);
    expect(compareFigures(before, after)).toEqual([]);
    // The demo itself came across whole: the same rows as on PostgreSQL.
    const demo = await figuresOf(source);
    delete demo._prisma_migrations;
    const { _prisma_migrations: _ignored, ...restoredDemo } = after;
    void _ignored;
    expect(Object.fromEntries(Object.entries(restoredDemo).map(([t, f]) => [t, f.rows]))).toEqual(
      Object.fromEntries(Object.entries(demo).map(([t, f]) => [t, f.rows])),
    );
    const rows = (f: typeof before) => Object.values(f).reduce((s, t) => s + t.rows, 0);
    recordLine({
      scenario: "4. db:backup → db:restore (embedded PGlite, demo data)",
      requests: 0,
      errors: {},
      rowsExpected: rows(before),
      rowsFound: rows(after),
      mailsExpected: null,
      mailsSent: null,
      note: `${Object.keys(after).length} tables, each with the same count and checksum`,
    });
  });
});
