// JSON-RPC 2.0 server on stdin/stdout, one JSON message per line: the protocol the
// prisma CLI uses with the native engine (SchemaEngineCLI). Requests are handled one
// at a time, in order: the wasm engine takes `&mut self` and cannot run two calls.

import { readFile } from "node:fs/promises";
import readline from "node:readline";
import { format } from "node:util";
import { createAdapterFactory, loadAdapterUtils, ResourceTracker } from "./adapters.mjs";
import { createDatabase, dropDatabase } from "./cli-commands.mjs";
import { resolveDatasource } from "./datasource.mjs";
import { logLine, toRpcError } from "./errors.mjs";
import { createWasmEngine } from "./wasm-engine.mjs";

// evaluateDataLoss and createMigration need the schema that the migrations directory
// produces. The wasm engine builds it on a shadow database only inside
// diagnoseMigrationHistory/devDiagnostic (the only commands handed the adapter
// factory) and caches it per migrations list; the other two just read that cache and
// otherwise fail with this message. `migrate dev` misses the cache whenever it has
// just applied pending migrations (devDiagnostic saw fewer applied migrations), so
// on a miss we run the diagnosis for the current list, which fills the cache, and retry.
const SHADOW_CACHE_MISS = "shadow DB must be provided through an external factory";

async function withMigrationsSchemaCached(engine, method, params) {
  try {
    return await engine[method](params);
  } catch (e) {
    if (!String(e?.message).includes(SHADOW_CACHE_MISS) || !params?.migrationsList) throw e;
    await engine.diagnoseMigrationHistory({
      migrationsList: params.migrationsList,
      optInToShadowDatabase: true,
      filters: params.filters ?? { externalTables: [], externalEnums: [] },
    });
    return engine[method](params);
  }
}

export async function serveRpc({ datamodelPaths, datasource }) {
  // stdout carries the protocol only: route any library chatter to stderr,
  // which the CLI reads as (optional) log lines.
  const toStderr = (...a) => process.stderr.write(format(...a) + "\n");
  console.log = console.info = console.debug = toStderr;

  const tracker = new ResourceTracker();
  const ds = resolveDatasource(datasource);
  const { bindMigrationAwareSqlAdapterFactory } = await loadAdapterUtils();
  const adapterFactory = bindMigrationAwareSqlAdapterFactory(createAdapterFactory(ds, tracker));

  const datamodels = await Promise.all(
    datamodelPaths.map(async (p) => [p, await readFile(p, "utf8")]),
  );
  let enginePromise;
  const engine = () =>
    (enginePromise ??= createWasmEngine({
      datamodels,
      adapterFactory,
      onLog: (line) => process.stderr.write(String(line).trimEnd() + "\n"),
    }));

  const send = (msg) => process.stdout.write(JSON.stringify(msg) + "\n");
  let nextOwnId = 1_000_000_000; // ids for our own requests to the CLI ("print")

  async function dispatch(method, params) {
    switch (method) {
      case "getDatabaseVersion":
        return (await engine()).version(params ?? undefined);
      case "createDatabase":
        return { databaseName: await createDatabase(params?.datasource ?? datasource) };
      case "dropDatabase":
        await dropDatabase(params?.datasource ?? datasource);
        return null;
      case "debugPanic":
        return (await engine()).debugPanic();
      case "diff": {
        const { stdout, ...rest } = await (await engine()).diff(params);
        // The native engine prints the diff through a "print" request to the CLI,
        // which writes `content + "\n"`; the wasm engine returns it instead.
        if (stdout)
          send({
            jsonrpc: "2.0",
            id: nextOwnId++,
            method: "print",
            params: { content: stdout.replace(/\n$/, "") },
          });
        return rest;
      }
      case "introspect":
        return (await engine()).introspect({ ...params, namespaces: params?.namespaces ?? null });
      case "evaluateDataLoss":
      case "createMigration":
        return withMigrationsSchemaCached(await engine(), method, params);
      case "applyMigrations":
      case "dbExecute":
      case "devDiagnostic":
      case "diagnoseMigrationHistory":
      case "ensureConnectionValidity":
      case "introspectSql":
      case "markMigrationApplied":
      case "markMigrationRolledBack":
      case "reset":
      case "schemaPush": {
        const e = await engine();
        return e[method](params); // call on the instance: the wasm binding needs `this`
      }
      default: {
        const err = new Error(
          `Method not found: ${method} (not supported by the wasm schema-engine stand-in)`,
        );
        err.rpcCode = -32601;
        throw err;
      }
    }
  }

  async function handle(line) {
    let req;
    try {
      req = JSON.parse(line);
    } catch {
      return;
    }
    if (typeof req?.method !== "string" || req.id === undefined) return; // ACKs of our "print"s
    const before = adapterFactory.errorRegistry.registeredErrors.length;
    try {
      const result = await dispatch(req.method, req.params);
      send({ jsonrpc: "2.0", id: req.id, result: result === undefined ? null : result });
    } catch (e) {
      const jsErrors = adapterFactory.errorRegistry.registeredErrors
        .slice(before)
        .map((r) => r?.error?.message)
        .filter(Boolean);
      const error = e?.rpcCode ? { code: e.rpcCode, message: e.message } : toRpcError(e, jsErrors);
      send({ jsonrpc: "2.0", id: req.id, error });
    }
  }

  let queue = Promise.resolve();
  let shuttingDown = false;
  async function shutdown(code) {
    if (shuttingDown) return;
    shuttingDown = true;
    // Never hang the CLI on cleanup; PGlite in particular must be closed or Node stays alive.
    const timer = setTimeout(() => process.exit(code), 15_000);
    timer.unref();
    await tracker.closeAll();
    process.exit(code);
  }

  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  rl.on("line", (line) => {
    queue = queue.then(() => handle(line));
  });
  // The CLI ends stdin and sends SIGTERM right after (SchemaEngineCLI.stop()).
  rl.on("close", () => queue.then(() => shutdown(0)));
  for (const sig of ["SIGTERM", "SIGINT", "SIGHUP"]) process.on(sig, () => shutdown(0));
  process.stderr.write(
    logLine(
      "INFO",
      "Starting schema engine RPC server (wasm stand-in)",
      {},
      "schema_engine_standin",
    ) + "\n",
  );
}
