import fs from "node:fs";
import path from "node:path";
import { test as base } from "@playwright/test";
import {
  startOwnServer,
  stopOwnServer,
  templateCopy,
  waitUntilHealthy,
  type OwnServer,
} from "./own-server";
import { SERVERS_DIR } from "./paths";

/*
 * Every spec imports `test` from here (eslint.config.mjs says so): its tests
 * run against a production server of their worker, on a copy of the demo
 * seeded once by global setup (e2e/global-setup.ts). One PGlite folder is one
 * process, so one copy is one server.
 *
 * A spec file never sees another file's writes: when a worker moves on to
 * another file, that file gets a fresh copy and its own server. The tests of
 * one file share its copy, in their order. A file says otherwise with
 * `test.use({ database: … })`:
 * - "read-only": it writes nothing (the accessibility audits drop every POST),
 *   so it shares the worker's server with other such files while nobody wrote;
 * - "none": it needs no server of the worker (it starts its own, or reads files).
 *
 * `baseURL` (page.goto("/…"), request, browser.newContext()) points to it, and
 * OUTBOX_DIR to its outbox (e2e/support/outbox.ts).
 */

type WorkerServer = { server: OwnServer; url: string; outbox: string };

class WorkerServers {
  private current?: WorkerServer;
  /** The files that used the current server; null when none of them writes. */
  private users = new Set<string>();
  private written = false;

  /** The server for a test of `file`: the current one if the file may share it, else a new one. */
  async serve(file: string, readsOnly: boolean): Promise<WorkerServer> {
    const shareable = readsOnly
      ? !this.written
      : this.users.size === 0 || (this.users.size === 1 && this.users.has(file));
    if (!this.current || !shareable) {
      await this.stop();
      const started = Date.now();
      const dataDir = templateCopy();
      const outbox = path.join(dataDir, "outbox");
      const server = await startOwnServer({
        dataDir,
        env: {
          OUTBOX_DIR: outbox,
          PARCOURS_DEMO: "1",
          // Reminders at any hour, so that a run at night sees the demo's reminders (lib/reminders).
          REMINDER_HOURS: "0-24",
          MAIL_WORKER: "on",
        },
      });
      await waitUntilHealthy(server, 120_000);
      // Nearly every test signs in first: a new server loads those modules now, in the
      // fixture's time, not in the first test's 30 seconds.
      for (const warm of ["/connexion", "/api/auth/csrf", "/api/auth/session"]) {
        await fetch(`http://127.0.0.1:${server.port}${warm}`).then((r) => r.arrayBuffer());
      }
      // What a fresh copy costs, for whoever tunes the run (e2e/README figures).
      fs.appendFileSync(
        path.join(SERVERS_DIR, "starts.log"),
        `${new Date().toISOString()} worker ${process.env.TEST_PARALLEL_INDEX} ${path.basename(file)} ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
      );
      this.current = { server, url: `http://localhost:${server.port}`, outbox };
      this.users = new Set();
      this.written = false;
    }
    this.users.add(file);
    if (!readsOnly) this.written = true;
    process.env.OUTBOX_DIR = this.current.outbox;
    return this.current;
  }

  async stop() {
    if (this.current) await stopOwnServer(this.current.server);
    this.current = undefined;
  }
}

export type Database = "own-copy" | "read-only" | "none";

export const test = base.extend<
  {
    /** What the file's tests do with the demo data (see above); "own-copy" unless it says. */
    database: Database;
  },
  { workerServers: WorkerServers }
>({
  database: ["own-copy", { option: true }],
  workerServers: [
    async ({}, use) => {
      const servers = new WorkerServers();
      await use(servers);
      await servers.stop();
    },
    { scope: "worker" },
  ],
  baseURL: [
    async ({ workerServers, database }, use, testInfo) => {
      if (database === "none") return use(undefined);
      const { url } = await workerServers.serve(testInfo.file, database === "read-only");
      await use(url);
    },
    // Starting a server (a copy of the demo, `next start`) has its own time, not the test's.
    { scope: "test", timeout: 150_000 },
  ],
});

export { expect } from "@playwright/test";
