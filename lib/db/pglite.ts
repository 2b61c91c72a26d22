import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";

/**
 * Opens the embedded database. Only one process at a time may open a data
 * directory: migrate and seed close it before the server starts.
 * With mustExist (reopening after it stopped), a missing directory is an
 * error: PGlite would otherwise create an empty database there and the app
 * would carry on without its data.
 */
export async function openPglite(
  dataDir: string,
  options: { mustExist?: boolean } = {},
): Promise<PGlite> {
  if (
    options.mustExist &&
    dataDir !== "memory://" &&
    !fs.existsSync(path.join(dataDir, "PG_VERSION"))
  ) {
    throw new Error(`Base de données embarquée introuvable dans ${dataDir}`);
  }
  if (dataDir !== "memory://") fs.mkdirSync(dataDir, { recursive: true });
  const db = dataDir === "memory://" ? new PGlite() : new PGlite(dataDir);
  await db.waitReady;
  return db;
}
