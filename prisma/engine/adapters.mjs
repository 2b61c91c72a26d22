// Driver-adapter factories the wasm schema engine drives: adapter-pg for a PostgreSQL
// server, pglite-prisma-adapter for the embedded PGlite. Both are Prisma's client-side
// adapters; the schema engine uses them in ways the client never does, so each
// connection is patched (see `harden`) for the gaps measured on this project:
//   - PostgreSQL's internal "char" type (oid 18, e.g. pg_constraint.contype) is read by
//     the engine's introspection. adapter-pg rejects the oid ("Unsupported column type");
//     it must reach the engine as the Character column type (plain Text makes the
//     engine panic on PostgreSQL 18, i.e. PGlite).
//   - PGlite's query() uses the extended protocol, which accepts one statement, so
//     parameterless multi-statement SQL must go through exec() (else the second
//     migration fails: "cannot insert multiple commands into a prepared statement").
//   - executeScript: adapter-pg splits the script on ";" (breaks on any ";" inside a
//     string or function body) and pglite-prisma-adapter does not await exec() (errors
//     are lost). Both are replaced by one simple-protocol round trip, as the native
//     engine does.
//   - adapter-pg's connectToShadowDb() reuses a config built from the connectionString,
//     which overrides the new database name: the "shadow" work would land in the main
//     database. We create the shadow database and its connection ourselves.

import { randomUUID } from "node:crypto";
import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { toPgConnection, withDatabase } from "./datasource.mjs";

const CHAR_OID = 18;
const debugLog = (message) => {
  if (process.env.PRISMA_STANDIN_DEBUG)
    process.stderr.write(
      JSON.stringify({ level: "DEBUG", fields: { message }, target: "schema_engine_standin" }) +
        "\n",
    );
};
const TEXT_OID = 25;
const MULTI_COMMAND_ERROR = "cannot insert multiple commands into a prepared statement";

/** @prisma/driver-adapter-utils is a dependency of both adapters, not of the project. */
export async function loadAdapterUtils() {
  try {
    return await import("@prisma/driver-adapter-utils");
  } catch {
    const req = createRequire(import.meta.resolve("@prisma/adapter-pg"));
    return import(req.resolve("@prisma/driver-adapter-utils"));
  }
}

const { ColumnTypeEnum } = await loadAdapterUtils();

/** Keeps every connection and PGlite instance we open, so shutdown can close them all. */
export class ResourceTracker {
  #closers = [];
  add(close) {
    let done;
    const once = () => (done ??= Promise.resolve().then(close));
    this.#closers.push(once);
    return once;
  }
  async closeAll() {
    // Newest first: shadow databases are dropped through the main connection.
    const closers = this.#closers.splice(0).reverse();
    for (const close of closers) {
      try {
        await close();
      } catch (e) {
        process.stderr.write(
          JSON.stringify({
            level: "WARN",
            fields: { message: `cleanup: ${e?.message ?? e}` },
            target: "schema_engine_standin",
          }) + "\n",
        );
      }
    }
  }
}

/**
 * Patches one adapter-pg / pglite-prisma-adapter queryable (connection or transaction)
 * in place. Relies on their internal `performIO(query)` (one round trip, returns the
 * driver's raw result) which queryRaw/executeRaw call through `this`.
 */
function harden(queryable, { pglite }) {
  const performIO = queryable.performIO;
  const queryRaw = queryable.queryRaw;
  if (typeof performIO !== "function" || typeof queryRaw !== "function") {
    throw new Error(
      `${queryable.adapterName}: driver adapter internals changed (performIO), the schema-engine stand-in needs updating`,
    );
  }

  async function io(query) {
    let result;
    try {
      result = await performIO.call(this, query);
    } catch (e) {
      if (!pglite || query.args.length > 0 || !String(e?.message).includes(MULTI_COMMAND_ERROR))
        throw e;
      debugLog(`multi-statement query through exec(): ${query.sql.slice(0, 80)}`);
      const results = await this.client
        .exec(query.sql, { rowMode: "array" })
        .catch((err) => this.onError(err));
      result = mergeResults(results);
    }
    // pg returns one result per statement for a parameterless multi-statement query.
    if (Array.isArray(result)) result = mergeResults(result);
    return result;
  }

  queryable.performIO = io;
  queryable.queryRaw = async function (query) {
    let charColumns = [];
    // Let the adapter map types and values as usual, but show it "char" as text
    // (values are already strings), then report those columns as Character.
    const view = Object.create(this);
    view.performIO = async (q) => {
      const result = await io.call(this, q);
      charColumns = [];
      const fields = result.fields.map((f, i) => {
        if (f.dataTypeID !== CHAR_OID) return f;
        charColumns.push(i);
        return { ...f, dataTypeID: TEXT_OID };
      });
      return { ...result, fields, rows: result.rows };
    };
    const out = await queryRaw.call(view, query);
    if (charColumns.length)
      debugLog(
        `"char" columns ${charColumns} reported as Character: ${query.sql.slice(0, 60).replace(/\s+/g, " ")}`,
      );
    for (const i of charColumns) out.columnTypes[i] = ColumnTypeEnum.Character;
    return out;
  };
  return queryable;
}

/** Last statement's rows, total affected rows: what a single-statement caller expects. */
function mergeResults(results) {
  const last = results.at(-1) ?? { rows: [], fields: [] };
  const affected = results.reduce((n, r) => n + (r.rowCount ?? r.affectedRows ?? 0), 0);
  return {
    ...last,
    fields: last.fields ?? [],
    rows: last.rows ?? [],
    rowCount: affected,
    affectedRows: affected,
  };
}

function hardenConnection(adapter, { pglite }) {
  harden(adapter, { pglite });
  adapter.executeScript = async function (script) {
    try {
      if (pglite) await this.client.exec(script);
      else await this.client.query(script); // no values: simple protocol, whole script at once
    } catch (e) {
      this.onError(e);
    }
  };
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (...args) => harden(await startTransaction(...args), { pglite });
  return adapter;
}

function onceDispose(adapter, tracker, extra) {
  const dispose = adapter.dispose.bind(adapter);
  adapter.dispose = tracker.add(async () => {
    await dispose();
    await extra?.();
  });
  return adapter;
}

// ---------------------------------------------------------------- PostgreSQL server

export class PostgresAdapterFactory {
  provider = "postgres";
  adapterName = "@prisma/adapter-pg";

  constructor({ url, shadowDatabaseUrl, tracker }) {
    this.url = url;
    this.shadowDatabaseUrl = shadowDatabaseUrl;
    this.tracker = tracker;
  }

  async #open(url) {
    const { PrismaPg } = await import("@prisma/adapter-pg");
    const { connectionString, schema } = toPgConnection(url);
    // One connection, like the native engine: its advisory lock and session state
    // must stay on the connection that took them.
    const adapter = await new PrismaPg({ connectionString, max: 1 }, { schema }).connect();
    return hardenConnection(adapter, { pglite: false });
  }

  async connect() {
    return onceDispose(await this.#open(this.url), this.tracker);
  }

  async connectToShadowDb() {
    if (this.shadowDatabaseUrl) {
      // A configured shadow database is wiped first, as the native engine does.
      const shadow = onceDispose(await this.#open(this.shadowDatabaseUrl), this.tracker);
      const schema = toPgConnection(this.shadowDatabaseUrl).schema ?? "public";
      const q = `"${schema.replaceAll('"', '""')}"`;
      await shadow.executeScript(`DROP SCHEMA IF EXISTS ${q} CASCADE; CREATE SCHEMA ${q};`);
      return shadow;
    }
    const admin = await this.#open(this.url);
    const name = `prisma_migrate_shadow_db_${randomUUID()}`;
    await admin.executeScript(`CREATE DATABASE "${name}"`);
    let shadow;
    try {
      shadow = await this.#open(withDatabase(this.url, name));
    } catch (e) {
      await admin.executeScript(`DROP DATABASE IF EXISTS "${name}"`).catch(() => {});
      await admin.dispose();
      throw e;
    }
    return onceDispose(shadow, this.tracker, async () => {
      try {
        await admin.executeScript(`DROP DATABASE IF EXISTS "${name}"`);
      } finally {
        await admin.dispose();
      }
    });
  }
}

// ---------------------------------------------------------------- embedded PGlite

/** PGlite instances of this process, one per data directory (one opener at a time). */
const pgliteInstances = new Map();

async function openPglite(dataDir, tracker) {
  if (!pgliteInstances.has(dataDir)) {
    const opening = (async () => {
      const { PGlite } = await import("@electric-sql/pglite");
      debugLog(`opening PGlite ${dataDir}`);
      // PGlite creates the data directory but not its parents (a fresh clone has no .data/).
      if (dataDir !== "memory://") mkdirSync(dataDir, { recursive: true });
      const db = dataDir === "memory://" ? new PGlite() : new PGlite({ dataDir });
      await db.waitReady;
      tracker.add(async () => {
        pgliteInstances.delete(dataDir);
        if (!db.closed) await db.close();
      });
      return db;
    })();
    pgliteInstances.set(dataDir, opening);
  }
  return pgliteInstances.get(dataDir);
}

async function pgliteAdapter(db) {
  const { PrismaPGlite } = await import("pglite-prisma-adapter");
  return hardenConnection(await new PrismaPGlite(db).connect(), { pglite: true });
}

/**
 * The engine's connection probe (sql-schema-connector, on connect):
 *   SELECT EXISTS(SELECT 1 FROM pg_namespace WHERE nspname = $1), version(),
 *          current_setting('server_version_num')::integer as numeric_version;
 * It picks the flavour (PostgreSQL, not CockroachDB) and the major version. For an
 * existing PGlite directory and the always-present `public` schema the answer is
 * known without starting PostgreSQL; anything else returns undefined (real query).
 */
async function probeAnswer(query, dataDir) {
  if (!/server_version_num/.test(query.sql) || !/pg_namespace/.test(query.sql)) return undefined;
  if (query.args.length !== 1 || query.args[0] !== "public" || dataDir === "memory://")
    return undefined;
  const { readFile } = await import("node:fs/promises");
  const major = Number.parseInt(
    await readFile(`${dataDir}/PG_VERSION`, "utf8").catch(() => ""),
    10,
  );
  if (!Number.isInteger(major) || major < 10) return undefined;
  return {
    columnNames: ["exists", "version", "numeric_version"],
    columnTypes: [ColumnTypeEnum.Boolean, ColumnTypeEnum.Text, ColumnTypeEnum.Int32],
    rows: [[true, `PostgreSQL ${major} (PGlite)`, major * 10000]],
  };
}

export class PgliteAdapterFactory {
  provider = "postgres";
  adapterName = "pglite-prisma-adapter";

  constructor({ dataDir, tracker }) {
    this.dataDir = dataDir;
    this.tracker = tracker;
  }

  /**
   * The data directory is opened on first real use, not here. The engine connects
   * at start-up even for commands that never touch the main database (e.g. the
   * drift check `migrate diff --from-migrations --to-schema`), and opening a
   * directory takes it from any other process (a running dev server) and costs time.
   * The engine's only start-up query is a server probe, answered from the data
   * directory's PG_VERSION file when it exists (see `probeAnswer`).
   */
  async connect() {
    let real;
    const ready = () => (real ??= openPglite(this.dataDir, this.tracker).then(pgliteAdapter));
    const dataDir = this.dataDir;
    return {
      provider: "postgres",
      adapterName: this.adapterName,
      queryRaw: async (q) =>
        (!real && (await probeAnswer(q, dataDir))) || (await ready()).queryRaw(q),
      executeRaw: async (q) => (await ready()).executeRaw(q),
      executeScript: async (s) => (await ready()).executeScript(s),
      startTransaction: async (...a) => (await ready()).startTransaction(...a),
      getConnectionInfo: () => ({ schemaName: undefined, supportsRelationJoins: true }),
      dispose: async () => {}, // the PGlite instance is closed by the tracker at exit
    };
  }

  /**
   * Shadow database: one in-memory PGlite per process, emptied before each use.
   * The engine asks for a shadow database several times in one `migrate dev`
   * (drift check, validation of unapplied migrations, the new migration); a fresh
   * PGlite costs ~2 s to initialise, emptying one costs milliseconds.
   */
  async connectToShadowDb() {
    if (!this.shadow) {
      this.shadow = (async () => {
        const { PGlite } = await import("@electric-sql/pglite");
        const db = new PGlite();
        await db.waitReady;
        this.tracker.add(async () => {
          if (!db.closed) await db.close();
        });
        return db;
      })();
    } else {
      await (await this.shadow).exec(EMPTY_DATABASE_SQL);
    }
    const adapter = await pgliteAdapter(await this.shadow);
    adapter.dispose = async () => {}; // closed by the tracker at exit
    return adapter;
  }
}

/** Drops every user schema (with its tables, types, extensions...) and recreates public. */
const EMPTY_DATABASE_SQL = `
DO $$
DECLARE s text;
BEGIN
  FOR s IN SELECT nspname FROM pg_namespace
           WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema'
  LOOP
    EXECUTE format('DROP SCHEMA %I CASCADE', s);
  END LOOP;
  CREATE SCHEMA public;
END $$;`;

export function createAdapterFactory(ds, tracker) {
  return ds.kind === "pglite"
    ? new PgliteAdapterFactory({ dataDir: ds.dataDir, tracker })
    : new PostgresAdapterFactory({ url: ds.url, shadowDatabaseUrl: ds.shadowDatabaseUrl, tracker });
}
