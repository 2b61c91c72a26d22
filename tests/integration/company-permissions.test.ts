import { beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "../../lib/auth/load-viewer";
import { PERMISSIONS, ROLES, type Permission } from "../../lib/auth/permissions";
import { requireCompanyPermission } from "../../lib/companies/authorize";
import { listInvoices } from "../../lib/billing/invoice-list";
import { listCompanyOrders } from "../../lib/companies/billing";
import { listCollaborators } from "../../lib/companies/collaborators";
import { requestCollaborator } from "../../lib/companies/collaborator-links";
import { getCompanyDocument } from "../../lib/companies/documents";
import { getHabilitations, setMemberPermissions } from "../../lib/companies/habilitations";
import {
  getRegistrationForm,
  listCatalogue,
  registerCollaborators,
} from "../../lib/companies/registrations";
import { getCollaboratorTrainings } from "../../lib/companies/trainings";
import { countQueries } from "../../lib/db/query-count";
import { documentScope } from "../../lib/scopes/documents";
import { invoiceScope, orderScope } from "../../lib/scopes/billing";
import { registrationScope } from "../../lib/scopes/registrations";
import { withCompanyScope, withPermit } from "../support/scopes";
import { setupTestDatabase } from "../support/test-database";
import { viewerFor } from "../support/viewers";

/**
 * Generated from the permissions table: for every key of PERMISSIONS, a member
 * of the firm holding only that key can use every data function and action
 * behind it, a member holding every key but that one gets null (the pages and
 * actions answer 404), and a manager of another company gets null too. A new
 * permission without its probes below fails the first test.
 */
const { db } = setupTestDatabase("seeded");

type Fixtures = {
  companyId: string;
  otherCompanyId: string;
  claireId: string;
  thomasId: string;
  /** A confirmed registration of Claire to a session that is held: its convocation is served. */
  convocationRegistrationId: string;
  isabelleMembershipId: string;
};

type Probe = (viewer: Viewer, f: Fixtures, companyId: string) => Promise<unknown>[];

const PROBES: Record<Permission, Probe> = {
  "collaborators.view": (v, _f, c) => [withPermit(v, c, "collaborators.view", listCollaborators)],
  // Asking Sophie Leroy (private participant) to join: a request she may ignore.
  "collaborators.manage": (v, _f, c) => [
    requestCollaborator(v, { companyId: c, email: "particulier@demo.test" }),
  ],
  "trainings.view": (v, f, c) => [collaboratorTrainings(v, c, f.claireId)],
  "documents.view": (v, f, c) => [
    getCompanyDocument(v, c, f.convocationRegistrationId, "convocation", {
      baseUrl: "http://localhost",
    }),
  ],
  "registrations.create": (v, f, c) => [
    withPermit(v, c, "registrations.create", (permit) => listCatalogue(permit)),
    (async () => {
      const session = await openSessionWithout(f.thomasId);
      const form = await withPermit(v, c, "registrations.create", (permit) =>
        getRegistrationForm(permit, session),
      );
      if (!form) return null;
      return registerCollaborators(v, {
        companyId: c,
        sessionId: session,
        participantIds: [f.thomasId],
      });
    })(),
  ],
  "orders.view": (v, _f, c) => [withCompanyScope(v, c, orderScope, listCompanyOrders)],
  "invoices.view": (v, _f, c) => [withCompanyScope(v, c, invoiceScope, (s) => listInvoices(s))],
  "habilitations.manage": (v, f, c) => [
    withPermit(v, c, "habilitations.manage", getHabilitations),
    // Saving Isabelle's habilitations as they are: allowed, changes nothing.
    setMemberPermissions(v, {
      companyId: c,
      membershipId: f.isabelleMembershipId,
      permissions: [...ROLES.accounting.permissions],
    }),
  ],
};

/** As the collaborator's page reads them (lib/scopes: registrations, documents). */
function collaboratorTrainings(viewer: Viewer, companyId: string, participantId: string) {
  return withCompanyScope(viewer, companyId, registrationScope, (registrations, actor, company) =>
    getCollaboratorTrainings(
      company,
      { registrations, documents: documentScope(actor) },
      participantId,
    ),
  );
}

const ALL = Object.keys(PERMISSIONS) as Permission[];
let f: Fixtures;

/** A session open for registration that Thomas is not on (with room for one more). */
async function openSessionWithout(participantId: string): Promise<string> {
  const now = new Date();
  const sessions = await (
    await db()
  ).trainingSession.findMany({
    where: {
      status: "SCHEDULED",
      startsAt: { gt: new Date(now.getTime() + 86_400_000) },
      registrations: { none: { participantId } },
      OR: [{ capacity: null }, { capacity: { gte: 1000 } }],
    },
    select: { id: true },
    orderBy: { startsAt: "asc" },
    take: 1,
  });
  if (sessions[0]) return sessions[0].id;
  const any = await (
    await db()
  ).trainingSession.findFirstOrThrow({
    where: {
      status: "SCHEDULED",
      startsAt: { gt: now },
      registrations: { none: { participantId } },
    },
    select: { id: true },
  });
  await (await db()).trainingSession.update({ where: { id: any.id }, data: { capacity: null } });
  return any.id;
}

/** A new member of the firm holding exactly `permissions` (unknown keys included, as stored). */
async function memberWith(permissions: readonly string[], label: string): Promise<Viewer> {
  const client = await db();
  const email = `${label.replace(/[^a-z0-9]/gi, "-")}-${Math.random().toString(36).slice(2, 8)}@test.local`;
  await client.user.create({
    data: {
      email,
      firstName: "Membre",
      lastName: label,
      companyMemberships: {
        create: {
          companyId: f.companyId,
          grants: { create: permissions.map((permission) => ({ permission })) },
        },
      },
    },
  });
  return viewerFor(email);
}

beforeAll(async () => {
  const client = await db();
  const julien = await viewerFor("manager@demo.test");
  const companyId = julien.companies[0]!.companyId;
  const other = await client.company.findFirstOrThrow({
    where: { id: { not: companyId } },
    select: { id: true },
  });
  const claire = await viewerFor("participant@demo.test");
  const thomas = await viewerFor("participant2@demo.test");
  const convocation = await client.registration.findFirstOrThrow({
    where: {
      participantId: claire.participantId!,
      status: "CONFIRMED",
      session: { status: "SCHEDULED" },
    },
    select: { id: true },
  });
  const isabelle = await client.companyMembership.findFirstOrThrow({
    where: { companyId, user: { lastName: "Roux" } },
    select: { id: true },
  });
  f = {
    companyId,
    otherCompanyId: other.id,
    claireId: claire.participantId!,
    thomasId: thomas.participantId!,
    convocationRegistrationId: convocation.id,
    isabelleMembershipId: isabelle.id,
  };
});

describe("the permissions table", () => {
  it("has probes for every permission, and every role bundles only known permissions", () => {
    expect(Object.keys(PROBES).sort()).toEqual([...ALL].sort());
    for (const role of Object.values(ROLES)) {
      for (const p of role.permissions) expect(ALL).toContain(p);
    }
  });

  it("the demo manager holds every permission of the firm", async () => {
    const julien = await viewerFor("manager@demo.test");
    expect([...julien.companies[0]!.permissions].sort()).toEqual([...ALL].sort());
  });
});

describe.each(ALL)("%s", (permission) => {
  it("a member holding only it can use its data functions and actions", async () => {
    const viewer = await memberWith([permission], `only ${permission}`);
    for (const result of await Promise.all(PROBES[permission](viewer, f, f.companyId))) {
      expect(result).not.toBeNull();
      if (result && typeof result === "object" && "ok" in result)
        expect(result).toMatchObject({ ok: true });
    }
  });

  it("a member holding every other permission gets null (404)", async () => {
    const viewer = await memberWith(
      ALL.filter((p) => p !== permission),
      `all but ${permission}`,
    );
    for (const result of await Promise.all(PROBES[permission](viewer, f, f.companyId))) {
      expect(result).toBeNull();
    }
  });

  it("a manager of another company gets null (404) here", async () => {
    const julien = await viewerFor("manager@demo.test");
    for (const result of await Promise.all(PROBES[permission](julien, f, f.otherCompanyId))) {
      expect(result).toBeNull();
    }
  });
});

describe("unknown keys deny", () => {
  it("a stored grant that is not in the table grants nothing", async () => {
    const viewer = await memberWith(["superpowers.all", "invoices.VIEW"], "unknown");
    expect(viewer.companies[0]!.permissions).toEqual([]);
    for (const permission of ALL) {
      for (const result of await Promise.all(PROBES[permission](viewer, f, f.companyId))) {
        expect(result).toBeNull();
      }
    }
  });

  it("asking for a permission that is not in the table is refused", async () => {
    const julien = await viewerFor("manager@demo.test");
    expect(
      requireCompanyPermission(julien, f.companyId, "superpowers.all" as Permission),
    ).toBeNull();
    expect(requireCompanyPermission(julien, "not a company id!", "orders.view")).toBeNull();
  });

  it("a collaborator of another company is not reachable through this one", async () => {
    const julien = await viewerFor("manager@demo.test");
    const stranger = await (
      await db()
    ).participant.findFirstOrThrow({
      where: { companyId: f.otherCompanyId },
      select: { id: true, registrations: { select: { id: true }, take: 1 } },
    });
    expect(await collaboratorTrainings(julien, f.companyId, stranger.id)).toBeNull();
    if (stranger.registrations[0]) {
      expect(
        await getCompanyDocument(julien, f.companyId, stranger.registrations[0].id, "attestation", {
          baseUrl: "http://localhost",
        }),
      ).toBeNull();
    }
  });
});

describe("collaborators' hours", () => {
  it("are counted for every collaborator in one grouped query", async () => {
    const julien = await viewerFor("manager@demo.test");
    const { result, queries } = await countQueries(() =>
      withPermit(julien, f.companyId, "collaborators.view", listCollaborators),
    );
    expect(result!.length).toBeGreaterThan(20);
    expect(queries).toBeLessThanOrEqual(2);
    const claire = result!.find((c) => c.participantId === f.claireId)!;
    expect(claire.threeYearMinutes).toBeGreaterThan(0);
  });
});
