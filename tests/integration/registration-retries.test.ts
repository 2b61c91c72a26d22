import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "../../lib/auth/load-viewer";
import { registerCollaborators } from "../../lib/companies/registrations";
import { flushMail } from "../../lib/mail/queue";
import { registerByEmail } from "../../lib/organizations/registrations";
import { setupTestDatabase } from "../support/test-database";
import { viewerFor } from "../support/viewers";

/*
 * A double click, a browser or proxy retry, two tabs: the same registration
 * asked many times at once stores one registration (and one order), and every
 * request gets an answer, never a crash. On PostgreSQL (CI's second leg) the
 * requests truly overlap; PGlite runs them one after the other.
 */

const { db } = setupTestDatabase("seeded");
const TIMES = 20;
let outbox: string;

beforeAll(async () => {
  outbox = await fs.mkdtemp(path.join(os.tmpdir(), "parcours-outbox-"));
  process.env.OUTBOX_DIR = outbox;
  delete process.env.SMTP_URL;
});
afterAll(async () => {
  await flushMail();
  delete process.env.OUTBOX_DIR;
  await fs.rm(outbox, { recursive: true, force: true });
});

/** An upcoming session of the viewer's organization, or any upcoming one, with no seat limit. */
async function upcomingSession(where: { organizationId?: string } = {}): Promise<string> {
  const client = await db();
  const session = await client.trainingSession.findFirstOrThrow({
    where: {
      ...where,
      status: "SCHEDULED",
      modality: { not: "ELEARNING" },
      startsAt: { gt: new Date(Date.now() + 2 * 86_400_000) },
      NOT: { id: { in: used } },
    },
    select: { id: true },
    orderBy: { startsAt: "asc" },
  });
  used.push(session.id);
  await client.trainingSession.update({ where: { id: session.id }, data: { capacity: null } });
  return session.id;
}
const used: string[] = [];

function fulfilled<T>(results: PromiseSettledResult<T>[]): T[] {
  const failures = results.filter((r) => r.status === "rejected");
  expect(failures).toEqual([]);
  return results.map((r) => (r as PromiseFulfilledResult<T>).value);
}

describe("an organization registering a person by e-mail, retried", () => {
  let nadia: Viewer;
  beforeAll(async () => {
    nadia = await viewerFor("organisme@demo.test");
  });

  it(`stores one account and one registration out of ${TIMES} identical requests at once`, async () => {
    const organizationId = nadia.organizations[0]!.organizationId;
    const sessionId = await upcomingSession({ organizationId });
    const email = `double-clic-${Date.now()}@exemple.test`;
    const input = { sessionId, email, firstName: "Denis", lastName: "Double" };

    const results = fulfilled(
      await Promise.allSettled(Array.from({ length: TIMES }, () => registerByEmail(nadia, input))),
    );

    const client = await db();
    const registrations = await client.registration.findMany({
      where: { sessionId, participant: { user: { email } } },
      select: { id: true, history: { select: { id: true } } },
    });
    expect(registrations).toHaveLength(1);
    expect(registrations[0]!.history).toHaveLength(1);
    expect(await client.user.count({ where: { email } })).toBe(1);
    expect(
      await client.auditLog.count({
        where: { action: "registration.created", entityId: registrations[0]!.id },
      }),
    ).toBe(1);
    // One request registered; every other one was told it already was, with the same registration.
    expect(results.filter((r) => r?.outcome === "registered")).toHaveLength(1);
    for (const result of results) {
      expect(result).toMatchObject({ registrationId: registrations[0]!.id });
    }

    // A retry later on says the same.
    expect(await registerByEmail(nadia, input)).toEqual({
      outcome: "already-registered",
      registrationId: registrations[0]!.id,
    });
  });
});

describe("a company registering collaborators, retried", () => {
  let julien: Viewer;
  let companyId: string;
  beforeAll(async () => {
    julien = await viewerFor("manager@demo.test");
    companyId = julien.companies[0]!.companyId;
  });

  async function ordersAndRegistrations(sessionId: string) {
    const client = await db();
    const [orders, registrations] = await Promise.all([
      client.order.count({ where: { registrations: { some: { sessionId } } } }),
      client.registration.count({ where: { sessionId, participant: { companyId } } }),
    ]);
    return { orders, registrations };
  }

  it(`stores one order and one registration out of ${TIMES} identical requests at once`, async () => {
    const client = await db();
    const collaborator = await client.participant.findFirstOrThrow({
      where: { companyId, user: { anonymizedAt: null } },
      select: { id: true },
      orderBy: { id: "asc" },
    });
    const sessionId = await upcomingSession();
    await client.registration.deleteMany({ where: { sessionId, participantId: collaborator.id } });
    const input = { companyId, sessionId, participantIds: [collaborator.id] };
    const before = await ordersAndRegistrations(sessionId);

    const results = fulfilled(
      await Promise.allSettled(
        Array.from({ length: TIMES }, () => registerCollaborators(julien, input)),
      ),
    );

    expect(await ordersAndRegistrations(sessionId)).toEqual({
      orders: before.orders + 1,
      registrations: before.registrations + 1,
    });
    expect(results.filter((r) => r?.ok)).toHaveLength(1);
    for (const result of results.filter((r) => !r?.ok)) {
      expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/déjà inscrit/) });
    }
  });

  it("stores one account, one order and one registration for a new collaborator typed in twice at once", async () => {
    const sessionId = await upcomingSession();
    const email = `recrue-${Date.now()}@exemple.test`;
    const input = {
      companyId,
      sessionId,
      participantIds: [],
      newCollaborators: [{ email, firstName: "Rita", lastName: "Retry" }],
    };
    const before = await ordersAndRegistrations(sessionId);

    const results = fulfilled(
      await Promise.allSettled(
        Array.from({ length: TIMES }, () => registerCollaborators(julien, input)),
      ),
    );

    const client = await db();
    expect(await client.user.count({ where: { email } })).toBe(1);
    expect(await ordersAndRegistrations(sessionId)).toEqual({
      orders: before.orders + 1,
      registrations: before.registrations + 1,
    });
    expect(results.filter((r) => r?.ok)).toHaveLength(1);
  });
});
