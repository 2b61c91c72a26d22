#!/usr/bin/env node
// Stand-in for Prisma's native `schema-engine` binary, for machines that cannot
// download it. prisma.config.ts points PRISMA_SCHEMA_ENGINE_BINARY here only when
// node_modules/@prisma/engines holds no native `schema-engine-*` file (or when the
// datasource is the embedded PGlite, which the native engine cannot reach).
//
// It speaks what the native binary speaks, as spawned by the prisma CLI:
//   schema-engine [--datamodels <file>]... [--datasource <json>] [...]   JSON-RPC on stdio
//   schema-engine --datasource <json> cli <command>                      one-shot commands
//   schema-engine --version
// and does the work with Prisma's own WebAssembly engine (@prisma/schema-engine-wasm)
// driving the database through a driver adapter (adapter-pg or PGlite).
//
// This file only parses arguments: everything heavy is imported lazily, after the
// warning listeners are gone, because the CLI parses our stderr as JSON lines and
// a Node warning printed there would break that.

process.removeAllListeners("warning");

const args = parseArgs(process.argv.slice(2));

if (args.version) {
  const { wasmEngineVersion } = await import("./wasm-engine.mjs");
  process.stdout.write(`schema-engine-cli ${await wasmEngineVersion()} (wasm stand-in)\n`);
} else if (args.help) {
  process.stdout.write(
    "Usage: schema-engine [--datamodels <path>]... [--datasource <json>] [cli <can-connect-to-database|create-database|drop-database>]\n",
  );
} else if (args.cliCommand !== undefined) {
  const { runCliCommand } = await import("./cli-commands.mjs");
  process.exitCode = await runCliCommand(args.cliCommand, args.datasource);
} else {
  const { serveRpc } = await import("./rpc.mjs");
  await serveRpc({ datamodelPaths: args.datamodels, datasource: args.datasource });
}

/** Same flags as the native binary (clap); unknown flags are ignored, not fatal. */
function parseArgs(argv) {
  const out = {
    datamodels: [],
    datasource: undefined,
    cliCommand: undefined,
    version: false,
    help: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [flag, inline] =
      a.startsWith("--") && a.includes("=")
        ? [a.slice(0, a.indexOf("=")), a.slice(a.indexOf("=") + 1)]
        : [a, undefined];
    const value = () => (inline !== undefined ? inline : argv[++i]);
    switch (flag) {
      case "-d":
      case "--datamodels":
      case "--datamodel":
        out.datamodels.push(value());
        break;
      case "--datasource":
        out.datasource = JSON.parse(value());
        break;
      case "--enabled-preview-features":
      case "--extension-types":
        value(); // accepted for compatibility; the wasm engine has no use for them
        break;
      case "-V":
      case "--version":
        out.version = true;
        break;
      case "-h":
      case "--help":
        out.help = true;
        break;
      case "cli":
        out.cliCommand = argv[++i] ?? "";
        break;
      default:
        break;
    }
  }
  return out;
}
