import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { assemble, ensureBuild, ROOT } from "./app";
import { startPostgresServer, type PostgresServer } from "./postgres-server";
import { markdownTable, type ReportLine } from "./report";

declare module "vitest" {
  export interface ProvidedContext {
    resilienceAppDir: string;
  }
}

/** The ports of the suite (RESILIENCE_PORT moves them): two instances, SMTP, PostgreSQL servers. */
export const BASE_PORT = Number(process.env.RESILIENCE_PORT ?? 3164);

/**
 * Runs before the shared integration setup (tests/support/global-setup.ts,
 * which seeds the template databases): without DATABASE_URL the suite starts a
 * PostgreSQL server of its own, so `npm run test:resilience` works on any
 * machine with PostgreSQL installed; CI gives it its server. Then the
 * standalone server is built (or the deploy test's build reused) and assembled.
 */
export default async function setup(project: TestProject) {
  const started = Date.now();
  let own: PostgresServer | undefined;
  if (!process.env.DATABASE_URL?.trim()) {
    own = startPostgresServer(BASE_PORT + 5);
    process.env.DATABASE_URL = own.url();
    // An interrupted run (Ctrl-C) does not leave the server behind.
    for (const signal of ["SIGINT", "SIGTERM"] as const) {
      process.once(signal, () => {
        own?.destroy();
        process.exit(130);
      });
    }
  }
  const { reused } = ensureBuild();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "parcours-resilience-"));
  const appDir = path.join(work, "app");
  assemble(appDir);
  const report = path.join(work, "report.json");
  process.env.RESILIENCE_REPORT = report;
  console.log(
    `Serveur autonome ${reused ? "réutilisé" : "construit"} et assemblé en ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  project.provide("resilienceAppDir", appDir);

  return async () => {
    const lines = fs.existsSync(report)
      ? (JSON.parse(fs.readFileSync(report, "utf8")) as ReportLine[])
      : [];
    if (lines.length > 0) {
      const table = markdownTable(lines);
      console.log(`\nRésilience (${new Date().toISOString()}) :\n${table}\n`);
      // The README's reliability section links here; only a complete run rewrites it.
      if (lines.length >= 5 && !process.env.RESILIENCE_NO_REPORT_FILE) {
        fs.writeFileSync(
          path.join(ROOT, "docs", "reliability.md"),
          `# Reliability figures\n\nWritten by \`npm run test:resilience\` (tests/resilience/) on ${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} cores, PostgreSQL. Each line reads: nothing lost, nothing doubled.\n\n${table}\n`,
        );
      }
    }
    fs.rmSync(work, { recursive: true, force: true });
    own?.destroy();
  };
}
