// First: Next's request machinery must be set up before any app module loads Next.
import { sessionCookie, requestHeaders, ORIGIN } from "../support/next-request";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PERMISSIONS } from "../../lib/auth/permissions";
import { flushMail } from "../../lib/mail/queue";
import { proxy } from "../../proxy";
import { loadFixtures, roleUser, type Fixtures } from "../support/authorization/fixtures";
import { inventory } from "../support/authorization/inventory";
import { probe, urlOf } from "../support/authorization/probe";
import { expectedOutcome, ROLES, type Role } from "../support/authorization/roles";
import { rowKey, TABLE, type Row } from "../support/authorization/table";
import { setupTestDatabase } from "../support/test-database";

/**
 * The authorization matrix (tests/support/authorization/table.ts): every page,
 * route handler and server action, signed in as every role of ./roles, through
 * the real code path (session cookie, viewer lookup, layouts, page, handler,
 * action). Each cell must answer what the row's needs say: allowed, or 404
 * (sign-in for anonymous pages). A page, handler or action without a row fails
 * the first test.
 */
const { db } = setupTestDatabase("seeded");
let f: Fixtures;
const users = new Map<string, Awaited<ReturnType<typeof roleUser>>>();
let outbox: string;

beforeAll(async () => {
  outbox = await fs.mkdtemp(path.join(os.tmpdir(), "parcours-outbox-"));
  process.env.OUTBOX_DIR = outbox;
  // The scheduler's routes exist (404 without a secret) and refuse every session cookie.
  process.env.CRON_SECRET = "matrice-secret-de-planification";
  f = await loadFixtures();
  for (const role of ROLES) users.set(role.key, await roleUser(role, f));
});

afterAll(async () => {
  await flushMail();
  delete process.env.OUTBOX_DIR;
  delete process.env.CRON_SECRET;
  await fs.rm(outbox, { recursive: true, force: true });
});

const named = (rows: readonly Row[]) => rows.map((row) => [rowKey(row), row] as const);

describe("the table", () => {
  it("has one row for every page, route handler method and server action, and none for what is gone", async () => {
    const served = await inventory();
    const rows = TABLE.map(rowKey);
    expect(
      served.filter((k) => !rows.includes(k)),
      "Ajoutez une ligne à tests/support/authorization/table.ts pour",
    ).toEqual([]);
    expect(
      rows.filter((k) => !served.includes(k)),
      "Lignes sans page, route ni action",
    ).toEqual([]);
    expect(new Set(rows).size, "Lignes en double").toBe(rows.length);
  });

  it.each(ROLES.filter((r) => r.user !== null).map((r) => [r.key, r] as const))(
    "describes %s as the database has it",
    (_key, role: Role) => {
      const viewer = users.get(role.key)!;
      expect(viewer.participantId === f.claireId).toBe(role.participant === "A");
      expect(viewer.participantId !== null).toBe(role.participant !== null);
      const inX = viewer.companies.find((c) => c.companyId === f.companyId);
      expect(Boolean(inX)).toBe(role.company?.of === "X");
      expect(viewer.companies.length > 0).toBe(role.company !== null);
      if (inX) expect(inX.permissions.length).toBe(Object.keys(PERMISSIONS).length);
      const orgs = viewer.organizations.map((o) => o.organizationId);
      expect(orgs.includes(f.organizationId)).toBe(role.organization === "Y");
      expect(orgs.length > 0).toBe(role.organization !== null);
      expect(viewer.trainerSessions > 0).toBe(role.trainer !== undefined);
      expect(viewer.internshipId === f.internshipId).toBe(role.internship === "L");
      expect(viewer.internshipId !== null).toBe(Boolean(role.internship));
      expect(viewer.supervisesInternships).toBe(Boolean(role.supervises));
      expect(viewer.controlsInternships).toBe(Boolean(role.controls || role.principal));
    },
  );
});

describe("the proxy", () => {
  const reachable = TABLE.filter((row) => row.kind !== "action");
  it.each(named(reachable))(
    "%s: anonymous visitors are stopped, signed-in ones pass",
    async (_key, row) => {
      const url = urlOf(row.file, row.kind === "action" ? {} : (row.params?.(f) ?? {}));
      const ask = async (cookie?: string) =>
        proxy(new NextRequest(new URL(url, ORIGIN), { headers: requestHeaders(url, cookie) }));
      const anonymous = await ask();
      if (row.needs === "nothing" || row.needs === "cron secret") {
        expect(anonymous.headers.get("x-middleware-next")).toBe("1");
      } else if (url.startsWith("/api/")) {
        expect(anonymous.status).toBe(401);
      } else {
        expect(anonymous.status).toBe(307);
        const location = new URL(anonymous.headers.get("location")!);
        expect(location.pathname).toBe("/connexion");
      }
      const claire = users.get("participant A")!;
      const signedIn = await ask(await sessionCookie(claire));
      expect(signedIn.headers.get("x-middleware-next")).toBe("1");
    },
  );
});

describe.each(ROLES.map((r) => [r.key, r] as const))("signed in as %s", (_key, role) => {
  let cookie: string | undefined;

  beforeAll(async () => {
    const user = users.get(role.key) ?? null;
    cookie = await sessionCookie(user);
    if (role.revoked) await setGrant(role.revoked, false);
  });
  afterAll(async () => {
    if (role.revoked) await setGrant(role.revoked, true);
  });

  it.each(named(TABLE))("%s", async (_row, row) => {
    const expected = expectedOutcome(row, role);
    expect(await probe(row, f, cookie)).toEqual({ alone: expected, chain: expected });
  });
});

/** Takes one habilitation from the manager of company X, or gives it back. */
async function setGrant(permission: string, granted: boolean) {
  const client = await db();
  const membership = await client.companyMembership.findFirstOrThrow({
    where: { companyId: f.companyId, user: { email: "manager@demo.test" } },
    select: { id: true },
  });
  if (granted)
    await client.companyGrant.create({ data: { membershipId: membership.id, permission } });
  else await client.companyGrant.deleteMany({ where: { membershipId: membership.id, permission } });
}
