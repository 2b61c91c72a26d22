import path from "node:path";

/**
 * Where the data lives. DATABASE_URL=postgres://... selects a PostgreSQL server
 * (production, CI's Postgres leg); without it the app runs on an embedded,
 * file-backed PostgreSQL (PGlite) so a newcomer needs no server.
 */
export type DatabaseTarget =
  { kind: "postgres"; url: string } | { kind: "pglite"; dataDir: string | "memory://" };

export function resolveDatabaseTarget(env: NodeJS.ProcessEnv = process.env): DatabaseTarget {
  const url = env.DATABASE_URL?.trim();
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url)) {
      throw new Error(
        `DATABASE_URL doit commencer par postgres:// ou postgresql:// (reçu : ${url.split(":")[0]}:…)`,
      );
    }
    return { kind: "postgres", url };
  }
  const dir = env.PGLITE_DIR?.trim() || ".data/pglite";
  if (dir === "memory://") return { kind: "pglite", dataDir: dir };
  return { kind: "pglite", dataDir: path.resolve(/*turbopackIgnore: true*/ process.cwd(), dir) };
}

export function describeTarget(target: DatabaseTarget): string {
  if (target.kind === "pglite") return `PGlite (${target.dataDir})`;
  const u = new URL(target.url);
  return `PostgreSQL ${u.hostname}:${u.port || 5432}${u.pathname}`;
}
