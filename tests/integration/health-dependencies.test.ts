import net from "node:net";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as health } from "../../app/api/health/route";
import { setupTestDatabase } from "../support/test-database";
import { withTestOutbox } from "../support/test-outbox";

/*
 * /api/health?dependencies=1 reports the database, the file store and the
 * mail transport each with its own status; the plain check that hosts poll
 * stays as it was, and only the database decides 200 or 503.
 */
const { db } = setupTestDatabase("migrated");
withTestOutbox([10]);

let closedPort = 0;
beforeAll(async () => {
  // Connected first: the health probe's 2 s limit is for a database that answers, not one that opens.
  await (await db()).user.count();
  // A port nobody listens on: the SMTP server is "away".
  closedPort = await new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
});
afterAll(() => {
  delete process.env.SMTP_URL;
});

const ask = async (query = "") => {
  const response = await health(new NextRequest(`http://localhost/api/health${query}`));
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};

describe("/api/health", () => {
  it("answers as before without the question", async () => {
    expect(await ask()).toEqual({ status: 200, body: { status: "ok", database: "ok" } });
  });

  it("reports each dependency with its own status", async () => {
    expect(await ask("?dependencies=1")).toEqual({
      status: 200,
      body: {
        status: "ok",
        database: "ok",
        dependencies: {
          database: { status: "ok", kind: process.env.DATABASE_URL ? "postgresql" : "pglite" },
          storage: { status: "ok", kind: "disque local" },
          mail: { status: "ok", kind: "boîte d'envoi locale" },
        },
      },
    });
  });

  it("names the dependency that does not answer, without its credentials, and stays 200", async () => {
    process.env.SMTP_URL = `smtp://parcours:mot-de-passe@127.0.0.1:${closedPort}`;
    const { status, body } = await ask("?dependencies=1");
    expect(status).toBe(200);
    const { mail, storage } = body.dependencies as Record<string, Record<string, string>>;
    expect(storage!.status).toBe("ok");
    expect(mail).toMatchObject({ status: "injoignable", kind: "smtp" });
    expect(mail!.error).toMatch(/ECONNREFUSED/);
    expect(JSON.stringify(body)).not.toContain("mot-de-passe");
  });
});
