import fs from "node:fs";
import { PGlite } from "@electric-sql/pglite";

/**
 * Opens the embedded database. Only one process at a time may open a data
 * directory: migrate and seed close it before the server starts.
 */
export async function openPglite(dataDir: string): Promise<PGlite> {
  if (dataDir !== "memory://") fs.mkdirSync(dataDir, { recursive: true });
  const db = dataDir === "memory://" ? new PGlite() : new PGlite(dataDir);
  await db.waitReady;
  return db;
}
