// One-shot commands: `schema-engine --datasource '{"url":...}' cli <command>`.
// The CLI runs `can-connect-to-database` before migrate dev/reset/deploy/db push,
// and `create-database` when that reports P1003 (database does not exist).
//
// Output contract (prisma CLI, canConnectToDatabase/createDatabase): exit code 0 on
// success; on failure a non-zero exit and a stderr whose lines after the first are
// all JSON log lines, one of them
//   {"level":"ERROR","target":"schema_engine::logger","fields":{"error_code":"P1003","message":"..."}}

import { mkdir, readdir, rm, stat } from "node:fs/promises";
import { describePgUrl, resolveDatasource, toPgConnection, withDatabase } from "./datasource.mjs";
import { logLine } from "./errors.mjs";

class UserFacingError extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

export async function runCliCommand(command, datasource) {
  // First stderr line is skipped by the CLI's parser: make it a harmless log line.
  process.stderr.write(
    logLine(
      "INFO",
      `Starting schema engine CLI command ${command} (wasm stand-in)`,
      {},
      "schema_engine_standin",
    ) + "\n",
  );
  try {
    switch (command) {
      case "can-connect-to-database":
        await canConnect(datasource);
        process.stdout.write("Connection successful\n");
        return 0;
      case "create-database":
        process.stdout.write(
          `Database '${await createDatabase(datasource)}' was successfully created.\n`,
        );
        return 0;
      case "drop-database":
        await dropDatabase(datasource);
        process.stdout.write("The database was successfully dropped.\n");
        return 0;
      default:
        throw new UserFacingError(undefined, `Unknown cli command: ${command}`);
    }
  } catch (e) {
    const fields = e?.code ? { error_code: e.code } : {};
    process.stderr.write(logLine("ERROR", e?.message ?? String(e), fields) + "\n");
    return 1;
  }
}

// ------------------------------------------------------------------ can-connect

async function canConnect(datasource) {
  const ds = resolveDatasource(datasource);
  if (ds.kind === "pglite") {
    if (ds.dataDir === "memory://") return;
    // A missing directory is reported like a missing database, so the CLI offers
    // (migrate dev) or performs (migrate deploy/reset) its creation.
    if (!(await isDir(ds.dataDir))) {
      throw new UserFacingError("P1003", `Database \`pglite\` does not exist at \`${ds.dataDir}\``);
    }
    return;
  }
  await withPgClient(ds.url, (c) => c.query("SELECT 1"));
}

// ------------------------------------------------------------------ create / drop

export async function createDatabase(datasource) {
  const ds = resolveDatasource(datasource);
  if (ds.kind === "pglite") {
    // PGlite initialises an empty directory on first open (by the schema engine).
    if (ds.dataDir !== "memory://") await mkdir(ds.dataDir, { recursive: true });
    return "pglite";
  }
  const { database } = describePgUrl(ds.url);
  await withMaintenanceClient(ds.url, (c) => c.query(`CREATE DATABASE ${quoteIdent(database)}`));
  return database;
}

export async function dropDatabase(datasource) {
  const ds = resolveDatasource(datasource);
  if (ds.kind === "pglite") {
    if (ds.dataDir !== "memory://") await rm(ds.dataDir, { recursive: true, force: true });
    return;
  }
  const { database } = describePgUrl(ds.url);
  await withMaintenanceClient(ds.url, (c) => c.query(`DROP DATABASE ${quoteIdent(database)}`));
}

// ------------------------------------------------------------------ pg helpers

async function withPgClient(url, fn) {
  const { default: pg } = await import("pg");
  const client = new pg.Client({
    connectionString: toPgConnection(url).connectionString,
    connectionTimeoutMillis: 10_000,
  });
  try {
    await client.connect();
    return await fn(client);
  } catch (e) {
    throw toUserFacing(e, url);
  } finally {
    await client.end().catch(() => {});
  }
}

/** CREATE/DROP DATABASE must run from another database: try `postgres`, then `template1`. */
async function withMaintenanceClient(url, fn) {
  try {
    return await withPgClient(withDatabase(url, "postgres"), fn);
  } catch (e) {
    if (e.code !== "P1003") throw e;
    return withPgClient(withDatabase(url, "template1"), fn);
  }
}

function toUserFacing(e, url) {
  if (e instanceof UserFacingError) return e;
  const { database, location, user } = describePgUrl(url);
  switch (e?.code) {
    case "3D000":
      return new UserFacingError(
        "P1003",
        `Database \`${database}\` does not exist on the database server at \`${location}\`.`,
      );
    case "28P01":
    case "28000":
      return new UserFacingError(
        "P1000",
        `Authentication failed against database server at \`${location}\`, the provided database credentials for \`${user}\` are not valid.\n\nPlease make sure to provide valid database credentials for the database server at \`${location}\`.`,
      );
    case "42P04":
      return new UserFacingError(
        "P1009",
        `Database \`${database}\` already exists on the database server at \`${location}\``,
      );
    case "ECONNREFUSED":
    case "ENOTFOUND":
    case "EAI_AGAIN":
    case "ETIMEDOUT":
    case "EHOSTUNREACH":
      return new UserFacingError(
        "P1001",
        `Can't reach database server at \`${location}\`\n\nPlease make sure your database server is running at \`${location}\`.`,
      );
    default:
      return new UserFacingError(
        /^P\d{4}$/.test(e?.code ?? "") ? e.code : undefined,
        e?.message ?? String(e),
      );
  }
}

function quoteIdent(name) {
  return `"${String(name).replaceAll('"', '""')}"`;
}

async function isDir(p) {
  try {
    return (await stat(p)).isDirectory() && (await readdir(p)) !== null;
  } catch {
    return false;
  }
}
