import fs from "node:fs";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as health } from "../../app/api/health/route";
import { RECHECK_INTERVAL_MS, databaseMarkedDown } from "../../lib/db/availability";
import { closeDb, getDb, openEmbeddedDatabase } from "../../lib/db/client";
import type { DatabaseTarget } from "../../lib/db/target";
import { proxy } from "../../proxy";
import { TcpRelay } from "../support/tcp-relay";
import { setupTestDatabase } from "../support/test-database";

/*
 * The database stops while the app runs, then comes back. The app (this
 * process: its proxy, its health route, its one database client) is never
 * restarted. On PostgreSQL the app reaches the server through a relay that the
 * test cuts (connections refused and reset, as when PostgreSQL stops); on the
 * embedded database the test closes PGlite and takes its folder away, then
 * puts it back.
 */

const { target } = setupTestDatabase("migrated");

type Outage = { cut: () => Promise<void>; restore: () => Promise<void> };
let outage: Outage;

function relayFor(url: string): { relay: TcpRelay; url: () => string } {
  const u = new URL(url);
  const relay = new TcpRelay(u.hostname, Number(u.port || 5432));
  return {
    relay,
    url: () => {
      const through = new URL(url);
      through.hostname = "127.0.0.1";
      through.port = String(relay.port);
      return through.toString();
    },
  };
}

async function outageFor(t: DatabaseTarget): Promise<Outage> {
  if (t.kind === "postgres") {
    const { relay, url } = relayFor(t.url);
    await relay.open();
    process.env.DATABASE_URL = url();
    return { cut: () => relay.cut(), restore: () => relay.open() };
  }
  const away = `${t.dataDir}.away`;
  return {
    cut: async () => {
      const pglite = await openEmbeddedDatabase();
      if (!pglite) throw new Error("la base embarquée n'est pas ouverte");
      await pglite.close();
      fs.renameSync(t.dataDir, away);
    },
    restore: async () => fs.renameSync(away, t.dataDir),
  };
}

beforeAll(async () => {
  await closeDb();
  outage = await outageFor(target()!);
});

afterAll(async () => {
  // Puts the database back even when a test failed half-way (the support then drops it).
  await outage?.restore().catch(() => undefined);
});

function request(path: string): NextRequest {
  return new NextRequest(new URL(path, "http://localhost:3000"));
}

async function healthStatus(): Promise<number> {
  return (await health()).status;
}

const countUsers = async () => (await getDb()).user.count();

describe("while the database is down, and when it comes back", () => {
  it("answers 503 (a French page, no stack trace) then 200 again, without a restart", async () => {
    expect(await healthStatus()).toBe(200);
    await countUsers();
    const client = await getDb();
    expect((await proxy(request("/sessions"))).status).not.toBe(503);

    await outage.cut();

    // The first request after the cut fails on its query; the failure marks the database down.
    await expect(countUsers()).rejects.toThrow();
    await expect.poll(databaseMarkedDown, { timeout: 10_000 }).toBe(true);

    const page = await proxy(request("/sessions"));
    expect(page.status).toBe(503);
    expect(page.headers.get("content-type")).toContain("text/html");
    expect(page.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(page.headers.get("cache-control")).toBe("no-store");
    const html = await page.text();
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain("Service momentanément indisponible");
    expect(html).not.toMatch(/Error|at .+\(.+:\d+:\d+\)|node_modules/);

    const api = await proxy(request("/api/sessions/calendrier"));
    expect(api.status).toBe(503);
    expect(await api.json()).toEqual({ error: expect.stringContaining("indisponible") });

    const down = await health();
    expect(down.status).toBe(503);
    expect(await down.json()).toEqual({ status: "indisponible", database: "injoignable" });
    expect(down.headers.get("cache-control")).toBe("no-store");
    // The health check goes through the proxy to answer for itself.
    expect((await proxy(request("/api/health"))).status).not.toBe(503);

    await outage.restore();

    // Within a probe interval or two, pages go through again.
    await expect
      .poll(async () => (await proxy(request("/sessions"))).status, {
        timeout: 10_000,
        interval: RECHECK_INTERVAL_MS / 2,
      })
      .not.toBe(503);
    expect(databaseMarkedDown()).toBe(false);
    expect(await healthStatus()).toBe(200);
    expect(await countUsers()).toBeGreaterThanOrEqual(0);
    // PostgreSQL: the very same client, its pool reconnected by itself. PGlite
    // cannot be reopened in place: getDb() opened it again.
    if (target()!.kind === "postgres") expect(await getDb()).toBe(client);
  });

  // PostgreSQL's leg of CI has no embedded database to lose.
  const onPostgres = Boolean(process.env.DATABASE_URL?.trim());
  it.skipIf(onPostgres)("never replaces a vanished embedded database by an empty one", async () => {
    const t = target()!;
    if (t.kind !== "pglite") throw new Error("PGlite attendu");
    await outage.cut();
    await expect(countUsers()).rejects.toThrow(/introuvable/);
    expect(fs.existsSync(t.dataDir)).toBe(false);
    await outage.restore();
    await expect.poll(healthStatus, { timeout: 10_000 }).toBe(200);
  });
});
