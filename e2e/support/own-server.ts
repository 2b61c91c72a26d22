import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { DIST_DIR, E2E_SECRET, SERVERS_DIR, TEMPLATE_DIR } from "./paths";

/*
 * A production server of the run's build (global setup made it: no second
 * `next build`), on a free port and a data folder of its own: an empty
 * database, or a copy of the seeded demo (templateCopy). The worker's servers
 * of e2e/support/test.ts are such servers; a spec that must stop one, restart
 * one or change its data before it starts starts its own.
 */

export type OwnServer = {
  port: number;
  child: ChildProcess;
  dataDir: string;
  /** Everything the server printed, for assertions and failure reports. */
  output: () => string;
  exited: Promise<number | null>;
};

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** A data folder for an own server, to fill (migrate, seed) before starting it. */
export function newDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "parcours-own-server-"));
}

/**
 * A data folder holding a copy of the run's seeded demo (pglite/, storage/):
 * a database of one's own in a second, without migrating and seeding again.
 */
export function templateCopy(): string {
  fs.mkdirSync(SERVERS_DIR, { recursive: true });
  const dataDir = fs.mkdtempSync(path.join(SERVERS_DIR, "demo-"));
  fs.cpSync(TEMPLATE_DIR, dataDir, { recursive: true });
  return dataDir;
}

/**
 * On an empty database, or on one prepared beforehand in `dataDir` (pglite/ below
 * it; a folder made by newDataDir, a restart keeps its database); `env` overrides
 * the server's variables (MAIL_WORKER is off unless it says).
 */
export async function startOwnServer(
  options: { dataDir?: string; secret?: string; env?: Record<string, string> } = {},
): Promise<OwnServer> {
  const port = await freePort();
  const dataDir = options.dataDir ?? newDataDir();
  let output = "";
  // Node itself runs Next's CLI, so the signals we send reach the server, not a wrapper.
  const child = spawn(
    process.execPath,
    ["node_modules/next/dist/bin/next", "start", "-p", String(port)],
    {
      env: {
        ...process.env,
        NODE_ENV: "production",
        NEXT_DIST_DIR: DIST_DIR,
        DATABASE_URL: "",
        PGLITE_DIR: path.join(dataDir, "pglite"),
        STORAGE_DIR: path.join(dataDir, "storage"),
        OUTBOX_DIR: path.join(dataDir, "outbox"),
        NEXTAUTH_SECRET: options.secret ?? E2E_SECRET,
        NEXTAUTH_URL: `http://localhost:${port}`,
        MAIL_WORKER: "off",
        PARCOURS_ALLOW_LOCAL_STATE: "1",
        ...options.env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  // A worker that dies (a test over its time, Ctrl-C) takes its servers with it.
  const killOnExit = () => child.kill("SIGKILL");
  process.once("exit", killOnExit);
  void exited.then(() => process.removeListener("exit", killOnExit));
  return { port, child, dataDir, output: () => output, exited };
}

/** Polls until the server answers its health check with 200. */
export async function waitUntilHealthy(server: OwnServer, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null) break;
    try {
      const response = await fetch(`http://127.0.0.1:${server.port}/api/health`);
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`Le serveur n'a pas démarré :\n${server.output()}`);
}

export async function stopOwnServer(server: OwnServer): Promise<void> {
  if (server.child.exitCode === null && server.child.signalCode === null) {
    server.child.kill("SIGKILL");
    await server.exited;
  }
  fs.rmSync(server.dataDir, { recursive: true, force: true });
}
