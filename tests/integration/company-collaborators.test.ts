import { beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "../../lib/auth/load-viewer";
import { ROLES } from "../../lib/auth/permissions";
import {
  COLLABORATOR_MESSAGES,
  confirmCollaborator,
  describeCollaboratorRequest,
  detachCollaborator,
  requestCollaborator,
} from "../../lib/companies/collaborator-links";
import { getCollaboratorTrainings } from "../../lib/companies/trainings";
import { listCollaborators } from "../../lib/companies/collaborators";
import { flushMail } from "../../lib/mail/queue";
import { documentScope } from "../../lib/scopes/documents";
import { orderScope } from "../../lib/scopes/billing";
import { participantActor } from "../../lib/scopes/actor";
import { registrationScope } from "../../lib/scopes/registrations";
import { withCompanyScope, withPermit } from "../support/scopes";
import { setupTestDatabase } from "../support/test-database";
import { withTestOutbox } from "../support/test-outbox";
import { viewerFor } from "../support/viewers";

/*
 * Collaborators arriving and leaving (issue 20, item 3) on the seeded demo:
 * Julien Delorme asks Sophie Leroy (private participant) to join Cabinet
 * Delorme & Associés, she confirms through the link of the e-mail, signed in;
 * he detaches Thomas Bernard, who keeps his account, history, certificates and
 * invoices, while the firm keeps its orders and no longer sees his new
 * trainings. Another company never reaches them; bad input changes nothing.
 */
const { db } = setupTestDatabase("seeded");
const outbox = withTestOutbox([10]);

let julien: Viewer;
let companyId: string;
let otherManager: Viewer;

/** A new registration of the participant to a scheduled session they are not on. */
async function newRegistration(participantId: string) {
  const client = await db();
  const session = await client.trainingSession.findFirstOrThrow({
    where: { status: "SCHEDULED", registrations: { none: { participantId } } },
    select: { id: true },
    orderBy: { startsAt: "desc" },
  });
  return client.registration.create({
    data: { participantId, sessionId: session.id, status: "CONFIRMED" },
    select: { id: true, companyId: true },
  });
}

const companyRegistrations = (viewer: Viewer, company: string) =>
  withCompanyScope(viewer, company, registrationScope, async (scope) =>
    (await db()).registration.findMany({ where: scope, select: { id: true } }),
  ).then((rows) => new Set((rows ?? []).map((r) => r.id)));

async function linkOf(email: string): Promise<string> {
  await flushMail();
  const mail = (await outbox.read())
    .filter((m) => m.to === email && /vous propose de vous rattacher/.test(m.subject))
    .at(-1);
  return /\/rattachement\/([A-Za-z0-9_-]{43})/.exec(mail!.text)![1]!;
}

beforeAll(async () => {
  julien = await viewerFor("manager@demo.test");
  companyId = julien.companies[0]!.companyId;
  const client = await db();
  const other = await client.company.findFirstOrThrow({
    where: { id: { not: companyId } },
    select: { id: true },
  });
  await client.user.create({
    data: {
      email: "responsable.autre@test.local",
      firstName: "Autre",
      lastName: "Responsable",
      companyMemberships: {
        create: {
          companyId: other.id,
          grants: { create: ROLES.manager.permissions.map((permission) => ({ permission })) },
        },
      },
    },
  });
  otherManager = await viewerFor("responsable.autre@test.local");
});

describe("attaching an existing participant", () => {
  it("sends a request; she becomes a collaborator when she confirms, signed in", async () => {
    const sophie = await viewerFor("particulier@demo.test");
    const before = await newRegistration(sophie.participantId!);
    expect(before.companyId).toBeNull();
    const result = await requestCollaborator(julien, {
      companyId,
      email: " Particulier@demo.test ",
    });
    expect(result).toMatchObject({ ok: true });
    const token = await linkOf("particulier@demo.test");
    // Nothing changes until she confirms.
    expect(
      (await (await db()).participant.findUniqueOrThrow({ where: { id: sophie.participantId! } }))
        .companyId,
    ).toBeNull();

    // Another participant holding the link learns nothing and changes nothing.
    const claire = await viewerFor("participant@demo.test");
    expect(await describeCollaboratorRequest(claire, token)).toEqual({ state: "invalid" });
    expect(await confirmCollaborator(claire, { token })).toEqual({ ok: false, reason: "invalid" });

    expect(await describeCollaboratorRequest(sophie, token)).toMatchObject({
      state: "valid",
      companyName: "Cabinet Delorme & Associés",
      currentCompanyName: null,
    });
    expect(await confirmCollaborator(sophie, { token })).toEqual({
      ok: true,
      companyName: "Cabinet Delorme & Associés",
    });
    expect(await confirmCollaborator(sophie, { token })).toEqual({ ok: false, reason: "used" });
    // Her link's page, drawn again after the confirmation, says it is done (not "déjà servi").
    expect(await describeCollaboratorRequest(sophie, token)).toEqual({
      state: "accepted",
      companyName: "Cabinet Delorme & Associés",
    });
    expect(await describeCollaboratorRequest(claire, token)).toEqual({ state: "invalid" });
    const row = await (
      await db()
    ).participant.findUniqueOrThrow({ where: { id: sophie.participantId! } });
    expect(row).toMatchObject({ kind: "COLLABORATOR", companyId });

    // The firm sees her trainings from now on, not those of before.
    const after = await newRegistration(sophie.participantId!);
    expect(after.companyId).toBe(companyId);
    const visible = await companyRegistrations(julien, companyId);
    expect(visible.has(after.id)).toBe(true);
    expect(visible.has(before.id)).toBe(false);
    const collaborators = await withPermit(julien, companyId, "collaborators.view", (p) =>
      listCollaborators(p),
    );
    expect(collaborators!.map((c) => c.email)).toContain("particulier@demo.test");
    const audit = await (
      await db()
    ).auditLog.findMany({
      where: { companyId, action: { in: ["collaborator.requested", "collaborator.joined"] } },
      select: { action: true },
      orderBy: { at: "asc" },
    });
    expect(audit.map((a) => a.action)).toEqual(["collaborator.requested", "collaborator.joined"]);
  });

  it("refuses an unknown address and a collaborator already there, with a field error", async () => {
    expect(
      await requestCollaborator(julien, { companyId, email: "personne@inconnu.test" }),
    ).toEqual({ ok: false, field: "email", message: COLLABORATOR_MESSAGES.unknown });
    expect(
      await requestCollaborator(julien, { companyId, email: "participant@demo.test" }),
    ).toEqual({ ok: false, field: "email", message: COLLABORATOR_MESSAGES.already });
  });

  it("a link expires, and a newer request replaces the older one", async () => {
    const lucas = await viewerFor("stagiaire@demo.test");
    // Lucas is Delorme's: the other firm asks him, twice.
    await requestCollaborator(otherManager, {
      companyId: otherManager.companies[0]!.companyId,
      email: "stagiaire@demo.test",
    });
    const first = await linkOf("stagiaire@demo.test");
    await requestCollaborator(otherManager, {
      companyId: otherManager.companies[0]!.companyId,
      email: "stagiaire@demo.test",
    });
    const second = await linkOf("stagiaire@demo.test");
    expect(await describeCollaboratorRequest(lucas, first)).toEqual({ state: "used" });
    const later = new Date(Date.now() + 8 * 86_400_000);
    expect(await describeCollaboratorRequest(lucas, second, later)).toEqual({ state: "expired" });
    expect(await confirmCollaborator(lucas, { token: second }, later)).toEqual({
      ok: false,
      reason: "expired",
    });
    expect(await describeCollaboratorRequest(lucas, second)).toMatchObject({
      state: "valid",
      currentCompanyName: "Cabinet Delorme & Associés",
    });
    expect(
      (await (await db()).participant.findUniqueOrThrow({ where: { id: lucas.participantId! } }))
        .companyId,
    ).toBe(companyId);
  });
});

describe("detaching a collaborator who leaves", () => {
  it("Thomas keeps his account, history and certificates; the firm its orders, not his new trainings", async () => {
    const thomas = await viewerFor("participant2@demo.test");
    const client = await db();
    const orderIdsBefore = await client.order.findMany({
      where: orderScope({ kind: "company", companyId, permissions: ["orders.view"] })!,
      select: { id: true },
      orderBy: { id: "asc" },
    });
    const thomasOrders = await client.order.findMany({
      where: { companyId, registrations: { some: { participantId: thomas.participantId! } } },
      select: { id: true },
    });
    expect(thomasOrders.length).toBeGreaterThan(0);
    const hisRegistrations = await client.registration.findMany({
      where: { participantId: thomas.participantId! },
      select: { id: true },
    });
    const visibleBefore = await companyRegistrations(julien, companyId);
    for (const r of hisRegistrations) expect(visibleBefore.has(r.id)).toBe(true);

    expect(
      await detachCollaborator(julien, { companyId, participantId: thomas.participantId! }),
    ).toEqual({ ok: true, participantId: thomas.participantId });
    const row = await client.participant.findUniqueOrThrow({
      where: { id: thomas.participantId! },
      select: { kind: true, companyId: true, user: { select: { passwordHash: true } } },
    });
    expect(row).toMatchObject({ kind: "PRIVATE", companyId: null });
    expect(row.user.passwordHash).not.toBeNull();

    // His new training is his alone.
    const after = await newRegistration(thomas.participantId!);
    expect(after.companyId).toBeNull();
    const visibleAfter = await companyRegistrations(julien, companyId);
    expect(visibleAfter.has(after.id)).toBe(false);
    // What the firm ordered while he worked there stays the firm's.
    for (const r of hisRegistrations) expect(visibleAfter.has(r.id)).toBe(true);
    const orderIdsAfter = await client.order.findMany({
      where: orderScope({ kind: "company", companyId, permissions: ["orders.view"] })!,
      select: { id: true },
      orderBy: { id: "asc" },
    });
    expect(orderIdsAfter).toEqual(orderIdsBefore);
    // He still reads everything of his: registrations, documents, the company's invoices for him.
    const own = participantActor({ participantId: thomas.participantId! });
    const mine = await client.registration.count({ where: registrationScope(own) });
    expect(mine).toBe(hisRegistrations.length + 1);
    expect(await client.registration.count({ where: documentScope(own)! })).toBe(mine);
    expect(
      await client.order.count({ where: { AND: [orderScope(own), { id: thomasOrders[0]!.id }] } }),
    ).toBe(1);
    // No longer among the collaborators, nor reachable as one.
    const collaborators = await withPermit(julien, companyId, "collaborators.view", (p) =>
      listCollaborators(p),
    );
    expect(collaborators!.map((c) => c.email)).not.toContain("participant2@demo.test");
    const trainings = await withCompanyScope(julien, companyId, registrationScope, (scope, _a, c) =>
      getCollaboratorTrainings(c, { registrations: scope, documents: null }, thomas.participantId!),
    );
    expect(trainings).toBeNull();
    // Detaching again (a second tab): he is told gone, nothing changes.
    expect(
      await detachCollaborator(julien, { companyId, participantId: thomas.participantId! }),
    ).toEqual({ ok: false, field: "participantId", message: COLLABORATOR_MESSAGES.gone });
    expect(
      await client.auditLog.count({ where: { companyId, action: "collaborator.detached" } }),
    ).toBe(1);
  });
});

describe("another company", () => {
  it("can neither detach nor reach a collaborator of Delorme (404)", async () => {
    const claire = await viewerFor("participant@demo.test");
    const otherId = otherManager.companies[0]!.companyId;
    expect(
      await detachCollaborator(otherManager, {
        companyId: otherId,
        participantId: claire.participantId!,
      }),
    ).toBeNull();
    expect(
      await detachCollaborator(otherManager, { companyId, participantId: claire.participantId! }),
    ).toBeNull();
    expect(
      await requestCollaborator(otherManager, { companyId, email: "particulier@demo.test" }),
    ).toBeNull();
    const row = await (
      await db()
    ).participant.findUniqueOrThrow({ where: { id: claire.participantId! } });
    expect(row.companyId).toBe(companyId);
    const theirs = await companyRegistrations(otherManager, otherId);
    const claires = await (
      await db()
    ).registration.findMany({
      where: { participantId: claire.participantId! },
      select: { id: true },
    });
    for (const r of claires) expect(theirs.has(r.id)).toBe(false);
  });

  it("a member without collaborators.manage gets null (404)", async () => {
    const hr = await (
      await db()
    ).user.create({
      data: {
        email: "compta.delorme@test.local",
        firstName: "Compta",
        lastName: "Delorme",
        companyMemberships: {
          create: {
            companyId,
            grants: {
              create: ROLES.accounting.permissions.map((permission) => ({ permission })),
            },
          },
        },
      },
      select: { email: true },
    });
    const accountant = await viewerFor(hr.email);
    const claire = await viewerFor("participant@demo.test");
    expect(
      await detachCollaborator(accountant, { companyId, participantId: claire.participantId! }),
    ).toBeNull();
    expect(
      await requestCollaborator(accountant, { companyId, email: "particulier@demo.test" }),
    ).toBeNull();
  });
});
