import { beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "../../lib/auth/load-viewer";
import { listCatalogue, registerCollaborators } from "../../lib/companies/registrations";
import { withPermit } from "../support/scopes";
import { setupTestDatabase } from "../support/test-database";
import { viewerFor } from "../support/viewers";

/**
 * Registering collaborators from the company space: one order paid by the
 * company with a line per registration, PENDING registrations with their
 * history; a full, cancelled, started or ended session, or a collaborator
 * already on the session, is refused in French and nothing is created.
 */
const { db } = setupTestDatabase("seeded");

let julien: Viewer;
let companyId: string;
let collaborators: string[];

async function counts() {
  const client = await db();
  const [orders, lines, registrations, history] = await Promise.all([
    client.order.count(),
    client.orderLine.count(),
    client.registration.count(),
    client.registrationStatusChange.count(),
  ]);
  return { orders, lines, registrations, history };
}

/** An upcoming scheduled session none of the given collaborators is on, with no seat limit. */
async function freshSession(participantIds: string[]): Promise<string> {
  const client = await db();
  const session = await client.trainingSession.findFirstOrThrow({
    where: {
      status: "SCHEDULED",
      modality: { not: "ELEARNING" },
      startsAt: { gt: new Date(Date.now() + 2 * 86_400_000) },
      registrations: { none: { participantId: { in: participantIds } } },
      // Not one an earlier test changed.
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

async function seatsTaken(sessionId: string) {
  return (await db()).registration.count({
    where: { sessionId, status: { in: ["PENDING", "CONFIRMED"] } },
  });
}

beforeAll(async () => {
  julien = await viewerFor("manager@demo.test");
  companyId = julien.companies[0]!.companyId;
  const people = await (
    await db()
  ).participant.findMany({
    where: { companyId },
    select: { id: true },
    orderBy: { id: "asc" },
    take: 4,
  });
  collaborators = people.map((p) => p.id);
});

describe("registering collaborators to a session", () => {
  it("creates one order paid by the company, its lines and pending registrations with history", async () => {
    const sessionId = await freshSession(collaborators.slice(0, 2));
    const before = await counts();
    const result = await registerCollaborators(julien, {
      companyId,
      sessionId,
      participantIds: collaborators.slice(0, 2),
    });
    expect(result).toMatchObject({ ok: true });
    if (!result?.ok) throw new Error("refused");
    expect(result.orderReference).toMatch(/^C\d{11}$/);
    const order = await (
      await db()
    ).order.findUniqueOrThrow({
      where: { id: result.orderId },
      select: {
        companyId: true,
        participantId: true,
        status: true,
        lines: { select: { registrationId: true, unitPriceExclVatCents: true } },
        registrations: {
          select: {
            status: true,
            sessionId: true,
            history: { select: { toStatus: true, changedById: true } },
          },
        },
      },
    });
    expect(order).toMatchObject({ companyId, participantId: null, status: "AWAITING_PAYMENT" });
    expect(order.lines).toHaveLength(2);
    expect(order.lines.every((l) => l.registrationId && l.unitPriceExclVatCents > 0)).toBe(true);
    expect(order.registrations).toHaveLength(2);
    for (const r of order.registrations) {
      expect(r).toMatchObject({ status: "PENDING", sessionId });
      expect(r.history).toEqual([{ toStatus: "PENDING", changedById: julien.id }]);
    }
    expect(await counts()).toEqual({
      orders: before.orders + 1,
      lines: before.lines + 2,
      registrations: before.registrations + 2,
      history: before.history + 2,
    });
    const audit = await (
      await db()
    ).auditLog.count({
      where: { action: "order.created", entityId: result.orderId, companyId },
    });
    expect(audit).toBe(1);
  });

  it("gives each order a new reference", async () => {
    const refs = new Set<string>();
    for (let i = 0; i < 3; i++) {
      const sessionId = await freshSession([collaborators[3]!]);
      const result = await registerCollaborators(julien, {
        companyId,
        sessionId,
        participantIds: [collaborators[3]!],
      });
      if (!result?.ok) throw new Error(`refused: ${JSON.stringify(result)}`);
      refs.add(result.orderReference);
    }
    expect(refs.size).toBe(3);
  });

  const refusals: [string, (sessionId: string) => Promise<void>, RegExp][] = [
    [
      "a full session",
      async (id) => {
        await (
          await db()
        ).trainingSession.update({
          where: { id },
          data: { capacity: await seatsTaken(id) },
        });
      },
      /complète/,
    ],
    [
      "a session with fewer seats left than collaborators chosen",
      async (id) => {
        await (
          await db()
        ).trainingSession.update({
          where: { id },
          data: { capacity: (await seatsTaken(id)) + 1 },
        });
      },
      /ne reste qu'une place/,
    ],
    [
      "a cancelled session",
      async (id) => {
        await (await db()).trainingSession.update({ where: { id }, data: { status: "CANCELLED" } });
      },
      /annulée/,
    ],
    [
      "an ended session",
      async (id) => {
        const past = new Date(Date.now() - 30 * 86_400_000);
        await (
          await db()
        ).trainingSession.update({
          where: { id },
          data: { startsAt: past, endsAt: new Date(past.getTime() + 3_600_000) },
        });
      },
      /terminée/,
    ],
    [
      "a session that has begun",
      async (id) => {
        await (
          await db()
        ).trainingSession.update({
          where: { id },
          data: { startsAt: new Date(Date.now() - 3_600_000) },
        });
      },
      /déjà commencé/,
    ],
  ];

  it.each(refusals)(
    "refuses %s in French and creates nothing",
    async (_label, prepare, message) => {
      const participantIds = collaborators.slice(0, 2);
      const sessionId = await freshSession(participantIds);
      await prepare(sessionId);
      const before = await counts();
      const result = await registerCollaborators(julien, { companyId, sessionId, participantIds });
      expect(result).toMatchObject({ ok: false });
      expect(result && !result.ok && result.message).toMatch(message);
      expect(await counts()).toEqual(before);
    },
  );

  it("refuses to register someone twice and creates nothing", async () => {
    const sessionId = await freshSession(collaborators.slice(0, 2));
    const first = await registerCollaborators(julien, {
      companyId,
      sessionId,
      participantIds: [collaborators[0]!],
    });
    expect(first).toMatchObject({ ok: true });
    const before = await counts();
    const again = await registerCollaborators(julien, {
      companyId,
      sessionId,
      participantIds: [collaborators[1]!, collaborators[0]!],
    });
    expect(again).toMatchObject({ ok: false });
    expect(again && !again.ok && again.message).toMatch(/déjà inscrit/);
    expect(await counts()).toEqual(before);
  });

  it("counts a collaborator chosen twice in one request once", async () => {
    const sessionId = await freshSession([collaborators[2]!]);
    const result = await registerCollaborators(julien, {
      companyId,
      sessionId,
      participantIds: [collaborators[2]!, collaborators[2]!],
    });
    expect(result).toMatchObject({ ok: true });
    if (result?.ok) expect(result.registrationIds).toHaveLength(1);
  });

  it("answers null (404) for someone outside the company, and creates nothing", async () => {
    const client = await db();
    const stranger = await client.participant.findFirstOrThrow({
      where: { OR: [{ companyId: { not: companyId } }, { companyId: null }] },
      select: { id: true },
    });
    const sessionId = await freshSession([collaborators[0]!, stranger.id]);
    const before = await counts();
    expect(
      await registerCollaborators(julien, {
        companyId,
        sessionId,
        participantIds: [collaborators[0]!, stranger.id],
      }),
    ).toBeNull();
    expect(await counts()).toEqual(before);
  });

  it("opens an account for a collaborator without one, invites them and registers them", async () => {
    const client = await db();
    const sessionId = await freshSession([]);
    const email = `nouvelle.recrue-${Date.now()}@exemple.test`;
    const result = await registerCollaborators(julien, {
      companyId,
      sessionId,
      participantIds: [],
      newCollaborators: [
        { email: ` ${email.toUpperCase()} `, firstName: "Nora", lastName: "Recrue" },
      ],
    });
    expect(result).toMatchObject({ ok: true, invited: 1 });
    const user = await client.user.findUniqueOrThrow({
      where: { email },
      select: {
        passwordHash: true,
        participant: {
          select: {
            kind: true,
            companyId: true,
            registrations: { select: { sessionId: true, status: true } },
          },
        },
        accountTokens: { select: { purpose: true } },
      },
    });
    expect(user.passwordHash).toBeNull();
    expect(user.participant).toMatchObject({
      kind: "COLLABORATOR",
      companyId,
      registrations: [{ sessionId, status: "PENDING" }],
    });
    expect(user.accountTokens).toEqual([{ purpose: "INVITATION" }]);
  });

  it("refuses the e-mail of another company's participant and creates nothing", async () => {
    const client = await db();
    const stranger = await client.participant.findFirstOrThrow({
      where: { companyId: { not: companyId } },
      select: { user: { select: { email: true } } },
    });
    const sessionId = await freshSession([collaborators[0]!]);
    const before = await counts();
    const users = await client.user.count();
    const result = await registerCollaborators(julien, {
      companyId,
      sessionId,
      participantIds: [collaborators[0]!],
      newCollaborators: [{ email: stranger.user.email, firstName: "X", lastName: "Y" }],
    });
    expect(result).toMatchObject({ ok: false });
    expect(await counts()).toEqual(before);
    expect(await client.user.count()).toBe(users);
  });

  it("answers null for an unknown session", async () => {
    expect(
      await registerCollaborators(julien, {
        companyId,
        sessionId: "no-such-session",
        participantIds: [collaborators[0]!],
      }),
    ).toBeNull();
  });

  it("the catalogue offers only sessions still open, marks the full ones", async () => {
    const catalogue = await withPermit(julien, companyId, "registrations.create", (permit) =>
      listCatalogue(permit),
    );
    expect(catalogue!.sessions.length).toBeGreaterThan(0);
    const now = new Date();
    const rows = await (
      await db()
    ).trainingSession.findMany({
      where: { id: { in: catalogue!.sessions.map((s) => s.id) } },
      select: { status: true, endsAt: true },
    });
    expect(rows.every((r) => r.status === "SCHEDULED" && r.endsAt > now)).toBe(true);
  });
});
