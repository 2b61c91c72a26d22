import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/**
 * Drift check: the committed migrations must produce exactly the schema of
 * prisma/schema.prisma. Runs Prisma's own diff (replaying the migrations on a shadow
 * database) on the database kind the environment selects: PostgreSQL when
 * DATABASE_URL is set (the shadow database is created on that server, or
 * SHADOW_DATABASE_URL), else the embedded PGlite with a throwaway PGLITE_DIR, so
 * .data/ is never touched. Exit code: 0 no drift, 2 drift, 1 error.
 */
const projectRoot = fileURLToPath(new URL("../..", import.meta.url));

function prisma(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(
      "npx",
      ["prisma", ...args],
      { cwd: projectRoot, env, timeout: 55_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        resolve({ code, output: `${stdout}\n${stderr}` });
      },
    );
  });
}

describe("prisma/migrations", () => {
  it("matches prisma/schema.prisma (no drift)", async () => {
    const env: NodeJS.ProcessEnv = { ...process.env };
    let pgliteDir: string | undefined;
    if (!env.DATABASE_URL?.trim()) {
      pgliteDir = fs.mkdtempSync(path.join(os.tmpdir(), "parcours-drift-"));
      env.PGLITE_DIR = pgliteDir;
    }
    try {
      const { code, output } = await prisma(
        [
          "migrate",
          "diff",
          "--from-migrations",
          "prisma/migrations",
          "--to-schema",
          "prisma/schema.prisma",
          "--exit-code",
        ],
        env,
      );
      // On drift the output lists what the migrations lack: create one with
      // `npm run db:migrate:dev -- --name <change>`.
      expect(code, output).toBe(0);
    } finally {
      if (pgliteDir) fs.rmSync(pgliteDir, { recursive: true, force: true });
    }
  }, 60_000);
});
