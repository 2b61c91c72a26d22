import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { applyMigrations, readMigrations } from "../../lib/db/migrate";
import { openSqlConnection } from "../../lib/db/sql-connection";
import type { DatabaseTarget } from "../../lib/db/target";

/**
 * Test databases. Integration tests run on the embedded PGlite by default and
 * on PostgreSQL when DATABASE_URL is set; every test file gets a database of its
 * own, copied from a template (a directory copy, or CREATE DATABASE ... TEMPLATE)
 * so that migrating and seeding happen once per run.
 */
export const MIGRATIONS_DIR = path.resolve(import.meta.dirname, "../../prisma/migrations");

export function serverUrl(): string | undefined {
  return process.env.DATABASE_URL?.trim() || undefined;
}

export function withDatabaseName(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export function newName(prefix: string): string {
  return `${prefix}_${crypto.randomBytes(5).toString("hex")}`;
}

/** Creates an empty database, applies the migrations, and returns its target. */
export async function createMigratedDatabase(): Promise<DatabaseTarget> {
  const url = serverUrl();
  let target: DatabaseTarget;
  if (url) {
    const name = newName("parcours_test");
    await adminQuery(`CREATE DATABASE "${name}"`);
    target = { kind: "postgres", url: withDatabaseName(url, name) };
  } else {
    target = { kind: "pglite", dataDir: fs.mkdtempSync(path.join(os.tmpdir(), "parcours-test-")) };
  }
  const conn = await openSqlConnection(target);
  try {
    await applyMigrations(conn, readMigrations(MIGRATIONS_DIR), {
      usesAdvisoryLock: target.kind === "postgres",
    });
  } finally {
    await conn.close();
  }
  return target;
}

/** A copy of a template database (closed, not in use). */
export async function copyDatabase(template: DatabaseTarget): Promise<DatabaseTarget> {
  if (template.kind === "postgres") {
    const name = newName("parcours_test");
    const templateName = new URL(template.url).pathname.slice(1);
    await adminQuery(`CREATE DATABASE "${name}" TEMPLATE "${templateName}"`);
    return { kind: "postgres", url: withDatabaseName(template.url, name) };
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "parcours-test-"));
  fs.cpSync(template.dataDir, dataDir, { recursive: true });
  return { kind: "pglite", dataDir };
}

export async function dropDatabase(target: DatabaseTarget): Promise<void> {
  if (target.kind === "postgres") {
    const name = new URL(target.url).pathname.slice(1);
    await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } else if (target.dataDir !== "memory://") {
    fs.rmSync(target.dataDir, { recursive: true, force: true });
  }
}
