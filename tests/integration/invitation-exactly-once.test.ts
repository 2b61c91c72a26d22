import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { flushMail } from "../../lib/mail/queue";
import { registerByEmail } from "../../lib/organizations/registrations";
import { setupTestDatabase } from "../support/test-database";
import { viewerFor } from "../support/viewers";

/*
 * Two managers registering the same new person at once, or one double click:
 * one account and one invitation, whose link works (a second invitation would
 * have cancelled the first one's link). On PostgreSQL the 50 requests truly
 * overlap; PGlite runs them one after the other.
 */

const { db } = setupTestDatabase("seeded");
const TIMES = 50;
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

async function upcomingSessions(organizationId: string, count: number): Promise<string[]> {
  const client = await db();
  const sessions = await client.trainingSession.findMany({
    where: {
      organizationId,
      status: "SCHEDULED",
      modality: { not: "ELEARNING" },
      startsAt: { gt: new Date(Date.now() + 2 * 86_400_000) },
    },
    select: { id: true },
    orderBy: { startsAt: "asc" },
    take: count,
  });
  expect(sessions).toHaveLength(count);
  await client.trainingSession.updateMany({
    where: { id: { in: sessions.map((s) => s.id) } },
    data: { capacity: null },
  });
  return sessions.map((s) => s.id);
}

describe(`${TIMES} concurrent registerByEmail of one new address`, () => {
  it("store one account, send one invitation, and its link is the valid one", async () => {
    const nadia = await viewerFor("organisme@demo.test");
    // Half the requests to one session (double clicks), half to another (a second manager).
    const sessions = await upcomingSessions(nadia.organizations[0]!.organizationId, 2);
    const email = `nouvelle-${Date.now()}@exemple.test`;
    const results = await Promise.allSettled(
      Array.from({ length: TIMES }, (_, i) =>
        registerByEmail(nadia, {
          sessionId: sessions[i % 2]!,
          email,
          firstName: "Nina",
          lastName: "Nouvelle",
        }),
      ),
    );
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    await flushMail();

    const client = await db();
    const users = await client.user.findMany({ where: { email }, select: { id: true } });
    expect(users).toHaveLength(1);
    expect(
      await client.registration.count({ where: { participant: { userId: users[0]!.id } } }),
    ).toBe(2);
    const invitations = await client.mailJob.findMany({
      where: { to: email, label: "invitation" },
      select: { id: true },
    });
    expect(invitations).toHaveLength(1);
    const tokens = await client.accountToken.findMany({
      where: { userId: users[0]!.id, purpose: "INVITATION" },
      select: { usedAt: true },
    });
    expect(tokens).toHaveLength(1);
    expect(tokens[0]!.usedAt).toBeNull();
    expect(
      await client.auditLog.count({ where: { action: "user.invited", entityId: users[0]!.id } }),
    ).toBe(1);
  });

  it("a later registration of a person who never set a password invites again", async () => {
    const nadia = await viewerFor("organisme@demo.test");
    const [first, second] = await upcomingSessions(nadia.organizations[0]!.organizationId, 2);
    const email = `relance-${Date.now()}@exemple.test`;
    const input = { email, firstName: "Rémi", lastName: "Relance" };
    await registerByEmail(nadia, { ...input, sessionId: first! });
    const client = await db();
    // As if the first invitation had gone out an hour ago.
    await client.accountToken.updateMany({
      where: { user: { email } },
      data: { createdAt: new Date(Date.now() - 3_600_000) },
    });
    await registerByEmail(nadia, { ...input, sessionId: second! });
    await flushMail();
    expect(await client.mailJob.count({ where: { to: email, label: "invitation" } })).toBe(2);
  });
});
