// Prisma 7 CLI configuration (prisma generate / validate / migrate / db).
//
// Datasource: DATABASE_URL when set (a PostgreSQL server). Otherwise the embedded
// PGlite, written as `postgresql://pglite/pglite?dataDir=<url-encoded directory>`,
// the directory being $PGLITE_DIR (relative to the current directory, or
// `memory://`) or .data/pglite, as in lib/db/target.ts. Only the schema-engine
// stand-in below understands that URL; the app reaches PGlite through its adapter.
//
// Schema engine: normally @prisma/engines downloads Prisma's native `schema-engine`
// binary. Where that download is impossible (no schema-engine-* file in
// @prisma/engines), and for the embedded PGlite (which the native engine cannot
// reach), PRISMA_SCHEMA_ENGINE_BINARY points the CLI at prisma/engine/schema-engine.mjs,
// a stand-in built on Prisma's WebAssembly schema engine. This file is evaluated
// before the CLI looks for an engine, so setting the variable here also stops the
// (failing) download. An explicit PRISMA_SCHEMA_ENGINE_BINARY is left alone.
import { accessSync, chmodSync, constants, existsSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "prisma/config";

const projectRoot = path.dirname(fileURLToPath(import.meta.url));

function pgliteUrl(): string {
  const dir = process.env.PGLITE_DIR?.trim() || ".data/pglite";
  const dataDir = dir === "memory://" ? dir : path.resolve(process.cwd(), dir);
  return `postgresql://pglite/pglite?dataDir=${encodeURIComponent(dataDir)}`;
}

/** Does an @prisma/engines the CLI may use (the project's, or prisma's own) hold a native engine? */
function hasNativeSchemaEngine(): boolean {
  const require = createRequire(path.join(projectRoot, "package.json"));
  const bases = [projectRoot];
  try {
    bases.push(path.dirname(require.resolve("prisma/package.json")));
  } catch {
    // prisma not resolvable from here: only the project's copy counts
  }
  return bases.some((base) => {
    try {
      const enginesDir = path.dirname(
        path.dirname(require.resolve("@prisma/engines", { paths: [base] })),
      );
      return readdirSync(enginesDir).some((f) => f.startsWith("schema-engine-"));
    } catch {
      return false;
    }
  });
}

function selectSchemaEngine(usesPglite: boolean): void {
  const standIn = path.join(projectRoot, "prisma", "engine", "schema-engine.mjs");
  if (process.env.PRISMA_SCHEMA_ENGINE_BINARY || !existsSync(standIn)) return;
  if (!usesPglite && hasNativeSchemaEngine()) return;
  try {
    accessSync(standIn, constants.X_OK);
  } catch {
    chmodSync(standIn, 0o755); // the CLI spawns the file itself: it must be executable
  }
  process.env.PRISMA_SCHEMA_ENGINE_BINARY = standIn;
}

const serverUrl = process.env.DATABASE_URL?.trim() || undefined;
selectSchemaEngine(!serverUrl);

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: {
    url: serverUrl ?? pgliteUrl(),
    // Optional. Without it the shadow database is a temporary database created on the
    // server (needs the CREATEDB privilege), or an in-memory PGlite.
    shadowDatabaseUrl: process.env.SHADOW_DATABASE_URL?.trim() || undefined,
  },
});
