import { afterAll, beforeAll, inject } from "vitest";
import { closeDb, getDb } from "../../lib/db/client";
import { drainMail } from "../../lib/mail/queue";
import type { DatabaseTarget } from "../../lib/db/target";
import { copyDatabase, dropDatabase } from "./databases";

/**
 * Gives the calling test file a database of its own (a copy of the migrated or
 * seeded template) and points the app's getDb() at it.
 */
export function setupTestDatabase(kind: "migrated" | "seeded") {
  let target: DatabaseTarget | undefined;
  const saved = { DATABASE_URL: process.env.DATABASE_URL, PGLITE_DIR: process.env.PGLITE_DIR };

  beforeAll(async () => {
    target = await copyDatabase(inject(kind === "seeded" ? "seededTemplate" : "migratedTemplate"));
    await closeDb();
    if (target.kind === "postgres") {
      process.env.DATABASE_URL = target.url;
    } else {
      delete process.env.DATABASE_URL;
      process.env.PGLITE_DIR = target.dataDir;
    }
  });

  afterAll(async () => {
    // Notices queued in the background (a certificate after a submission...) finish
    // their attempt before the database goes; retries still waiting are dropped.
    await drainMail();
    await closeDb();
    process.env.DATABASE_URL = saved.DATABASE_URL;
    process.env.PGLITE_DIR = saved.PGLITE_DIR;
    if (saved.DATABASE_URL === undefined) delete process.env.DATABASE_URL;
    if (saved.PGLITE_DIR === undefined) delete process.env.PGLITE_DIR;
    if (target) await dropDatabase(target);
  });

  return { db: getDb, target: () => target };
}
