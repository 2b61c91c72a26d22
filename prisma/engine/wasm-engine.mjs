// Loads Prisma's WebAssembly schema engine (@prisma/schema-engine-wasm).
//
// The package's entry does `import * as wasm from "./schema_engine_bg.wasm"`, which
// Node 20 only runs with --experimental-wasm-modules. So we do what that import would
// do by hand: instantiate the .wasm with the generated JS glue as its import object.

import { readFile } from "node:fs/promises";

// The Rust panic hook reports the panic message through this global (see the
// `__wbg_set_message_*` import of the glue); without it a panic is a bare "unreachable".
globalThis.PRISMA_WASM_PANIC_REGISTRY ??= {
  message: undefined,
  set_message(message) {
    this.message = message;
  },
};

let bindingsPromise;

function loadBindings() {
  bindingsPromise ??= (async () => {
    const glueUrl = import.meta.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const glue = await import(glueUrl);
    const bytes = await readFile(new URL("schema_engine_bg.wasm", glueUrl));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": glue });
    glue.__wbg_set_wasm(instance.exports);
    instance.exports.__wbindgen_start();
    return glue;
  })();
  return bindingsPromise;
}

export async function wasmEngineVersion() {
  return (await loadBindings()).version();
}

/**
 * @param {object} o
 * @param {[string, string][] | undefined} o.datamodels  [path, content] pairs; must be undefined or non-empty
 * @param {object} o.adapterFactory  an *error-capturing* migration-aware adapter factory
 *        (bindMigrationAwareSqlAdapterFactory); the engine calls connect() now and
 *        connectToShadowDb() whenever it needs a shadow database
 * @param {(log: string) => void} o.onLog  receives the engine's tracing events as JSON strings
 */
export async function createWasmEngine({ datamodels, adapterFactory, onLog }) {
  const { SchemaEngine } = await loadBindings();
  return SchemaEngine.new(
    { datamodels: datamodels?.length ? datamodels : undefined },
    onLog,
    adapterFactory,
  );
}

/** A Rust panic surfaces as a WebAssembly RuntimeError ("unreachable"). */
export function takePanicMessage(error) {
  if (!(error instanceof WebAssembly.RuntimeError)) return undefined;
  const registry = globalThis.PRISMA_WASM_PANIC_REGISTRY;
  const message = registry.message ?? error.message;
  registry.message = undefined;
  return message;
}
