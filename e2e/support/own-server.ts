import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

/*
 * A second production server for the tests that must stop one (the shared
 * webServer of playwright.config.ts serves every other spec). It runs the
 * build that the webServer step already made (no second `next build`), on a
 * free port and an empty embedded database of its own.
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
 * On an empty database, or on one prepared beforehand in `dataDir` (pglite/ below
 * it; a folder made by newDataDir, a restart keeps its database); `env` overrides
 * the server's variables (MAIL_WORKER is off unless it says).
 */
export async function startOwnServer(
  options: { dataDir?: string; secret?: string; env?: Record<string, string> } = {},
): Promise<OwnServer> {
  const port = await freePort();
  const dataDir = options.dataDir ?? newDataDir();
  // The same folder as playwright.config.ts's webServer builds into.
  const distDir = `.next-e2e-${process.env.E2E_PORT ?? 3100}`;
  let output = "";
  // Node itself runs Next's CLI, so the signals we send reach the server, not a wrapper.
  const child = spawn(
    process.execPath,
    ["node_modules/next/dist/bin/next", "start", "-p", String(port)],
    {
      env: {
        ...process.env,
        NODE_ENV: "production",
        NEXT_DIST_DIR: distDir,
        DATABASE_URL: "",
        PGLITE_DIR: path.join(dataDir, "pglite"),
        STORAGE_DIR: path.join(dataDir, "storage"),
        NEXTAUTH_SECRET: options.secret ?? "own-server-secret-only-for-tests-0123456789",
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
