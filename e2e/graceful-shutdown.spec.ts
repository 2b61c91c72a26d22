import net from "node:net";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import {
  startOwnServer,
  stopOwnServer,
  waitUntilHealthy,
  type OwnServer,
} from "./support/own-server";
import { expect, test } from "./support/test";

/*
 * A deploy sends SIGTERM: the requests already received must get their
 * answer (with the database still open), no new one is accepted, then the
 * database is closed cleanly and the process ends.
 */

let server: OwnServer;

// It stops servers: its own, on an empty database.
test.use({ database: "none" });

test.beforeEach(async () => {
  test.setTimeout(150_000);
  server = await startOwnServer();
  await waitUntilHealthy(server);
});

test.afterEach(async () => {
  await stopOwnServer(server);
});

/** Opens a connection and sends the first half of a request: it is in flight from now on. */
function startRequest(port: number): Promise<{ socket: net.Socket; response: Promise<string> }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1", () => {
      socket.write("GET /api/health HTTP/1.1\r\nHost: localhost\r\n");
      const response = new Promise<string>((done) => {
        let text = "";
        socket.on("data", (chunk) => (text += chunk));
        socket.on("close", () => done(text));
      });
      resolve({ socket, response });
    });
    socket.once("error", reject);
  });
}

function connects(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

test("a request in flight when SIGTERM arrives still gets its 200, then the database closes and the server stops", async () => {
  const { socket, response } = await startRequest(server.port);
  server.child.kill("SIGTERM");

  // The server drains: it refuses new connections but waits for ours.
  await expect.poll(() => connects(server.port), { timeout: 10_000 }).toBe(false);
  await new Promise((r) => setTimeout(r, 500));
  expect(server.child.exitCode).toBeNull();

  socket.write("Connection: close\r\n\r\n");
  const answer = await response;
  expect(answer).toMatch(/^HTTP\/1\.1 200 /);
  expect(answer).toContain('"database":"ok"');

  expect(await server.exited).toBe(143);
  const output = server.output();
  expect(output).toContain("[arrêt] base de données : terminé");
  expect(output).not.toMatch(/abandonné|arrêt forcé/);

  // Closed cleanly: the embedded database opens again and answers.
  const db = new PGlite(path.join(server.dataDir, "pglite"));
  try {
    expect((await db.query<{ one: number }>("SELECT 1 AS one")).rows).toEqual([{ one: 1 }]);
  } finally {
    await db.close();
  }
});
