// Reads the datasource the CLI hands us (`--datasource '{"url": ..., "shadowDatabaseUrl": ...}'`,
// straight from prisma.config.ts) and decides which database it names.
//
// URL convention for the embedded PGlite (host "pglite"; the CLI accepts it because it
// is a postgresql:// URL, and only this stand-in ever connects to it):
//   postgresql://pglite/pglite?dataDir=<url-encoded directory>   file-backed data directory
//   postgresql://pglite/pglite?dataDir=memory%3A%2F%2F            in-memory (nothing on disk)
//   postgresql://pglite/pglite                                    $PGLITE_DIR, else ./.data/pglite
// Anything else is a real PostgreSQL server reached with `pg`.

import path from "node:path";

export const PGLITE_HOST = "pglite";

// Query parameters Prisma understands but `pg` does not (or reads differently).
const PRISMA_ONLY_PARAMS = [
  "schema",
  "connection_limit",
  "pool_timeout",
  "pgbouncer",
  "statement_cache_size",
  "socket_timeout",
];

/**
 * @returns {{ kind: "pglite", dataDir: string, label: string }
 *         | { kind: "postgres", url: string, shadowDatabaseUrl?: string }}
 */
export function resolveDatasource(datasource, cwd = process.cwd()) {
  const url = datasource?.url;
  // No datasource at all (e.g. `migrate diff --from-empty --to-schema`): the wasm
  // engine still wants a connection, so give it a throwaway in-memory PGlite.
  if (!url) return { kind: "pglite", dataDir: "memory://", label: "in-memory PGlite" };
  if (isPgliteUrl(url)) {
    const u = new URL(url);
    const fromUrl = u.searchParams.get("dataDir");
    const dir = fromUrl || process.env.PGLITE_DIR || ".data/pglite";
    const dataDir = dir.startsWith("memory://") ? dir : path.resolve(cwd, dir);
    return { kind: "pglite", dataDir, label: dataDir };
  }
  return { kind: "postgres", url, shadowDatabaseUrl: datasource.shadowDatabaseUrl || undefined };
}

export function isPgliteUrl(url) {
  try {
    const u = new URL(url);
    return /^postgres(ql)?:$/.test(u.protocol) && u.hostname === PGLITE_HOST;
  } catch {
    return false;
  }
}

/**
 * Turns a Prisma-style PostgreSQL URL into what `pg` expects.
 * `?schema=x` becomes the adapter's schema option plus the session search_path
 * (the native engine sets search_path the same way).
 */
export function toPgConnection(url) {
  const u = new URL(url);
  const schema = u.searchParams.get("schema") || undefined;
  for (const p of PRISMA_ONLY_PARAMS) u.searchParams.delete(p);
  if (schema && schema !== "public" && !u.searchParams.has("options")) {
    u.searchParams.set("options", `-c search_path="${schema.replaceAll('"', '""')}"`);
  }
  return { connectionString: u.toString(), schema };
}

/**
 * The same URL with another database name. Needed because `pg` lets the
 * connectionString win over an explicit `database` option, so a shadow database
 * must be named in the URL itself.
 */
export function withDatabase(url, database) {
  const u = new URL(url);
  u.pathname = "/" + encodeURIComponent(database);
  return u.toString();
}

/** Database name, host and port, for messages. */
export function describePgUrl(url) {
  const u = new URL(url);
  const database = decodeURIComponent(u.pathname.replace(/^\//, "")) || "postgres";
  const host = u.hostname || u.searchParams.get("host") || "localhost";
  const port = u.port || "5432";
  const user = decodeURIComponent(u.username || "");
  return { database, host, port, user, location: `${host}:${port}` };
}
