import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { LocalFileStorage } from "../../lib/storage/local";
import { createHandle } from "../../lib/db/client";
import type { DatabaseTarget } from "../../lib/db/target";
import { seedDemo } from "../../prisma/seed";
import { copyDatabase, createMigratedDatabase, dropDatabase } from "./databases";

declare module "vitest" {
  export interface ProvidedContext {
    migratedTemplate: DatabaseTarget;
    seededTemplate: DatabaseTarget;
  }
}

/** Builds, once per run, an empty migrated database and a seeded one for the test files to copy. */
export default async function setup(project: TestProject) {
  const started = Date.now();
  const migrated = await createMigratedDatabase();
  // Migrating once is enough: the seeded template starts as a copy of the migrated one.
  const seeded = await copyDatabase(migrated);
  const handle = await createHandle(seeded);
  try {
    // The same scratch folder as STORAGE_DIR of the integration project (vitest.config.ts).
    await seedDemo(handle.prisma, {
      now: new Date(),
      storage: new LocalFileStorage(path.join(os.tmpdir(), "parcours-test-storage")),
    });
  } finally {
    await handle.prisma.$disconnect();
    await handle.pglite?.close();
  }
  console.log(`Bases de test prêtes en ${((Date.now() - started) / 1000).toFixed(1)} s`);
  project.provide("migratedTemplate", migrated);
  project.provide("seededTemplate", seeded);
  return async () => {
    await dropDatabase(migrated);
    await dropDatabase(seeded);
  };
}
