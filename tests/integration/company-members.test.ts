import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "../../lib/auth/load-viewer";
import { ROLES } from "../../lib/auth/permissions";
import { LAST_MANAGER_MESSAGE } from "../../lib/companies/habilitations";
import { inviteMember, removeMember } from "../../lib/companies/members";
import { flushMail } from "../../lib/mail/queue";
import { setupTestDatabase } from "../support/test-database";
import { viewerFor } from "../support/viewers";

/**
 * "Inviter un membre" and "Retirer": a new member gets the role's
 * habilitations and an invitation (a new address) or the space at once (an
 * existing account); inviting a member twice is refused; the last manager
 * cannot be removed; another company's manager reaches nothing. Audited.
 */
const { db } = setupTestDatabase("seeded");
let outbox: string;
let julien: Viewer;
let companyId: string;
let otherCompanyManager: Viewer;

beforeAll(async () => {
  outbox = await fs.mkdtemp(path.join(os.tmpdir(), "parcours-outbox-"));
  process.env.OUTBOX_DIR = outbox;
  delete process.env.SMTP_URL;
  julien = await viewerFor("manager@demo.test");
  companyId = julien.companies[0]!.companyId;
  const client = await db();
  const other = await client.company.findFirstOrThrow({
    where: { id: { not: companyId } },
    select: { id: true },
  });
  await client.user.create({
    data: {
      email: "gerant-ailleurs@test.local",
      firstName: "Gérant",
      lastName: "Ailleurs",
      companyMemberships: {
        create: {
          companyId: other.id,
          grants: { create: [{ permission: "habilitations.manage" }] },
        },
      },
    },
  });
  otherCompanyManager = await viewerFor("gerant-ailleurs@test.local");
});
afterAll(async () => {
  await flushMail();
  delete process.env.OUTBOX_DIR;
  await fs.rm(outbox, { recursive: true, force: true });
});

async function membershipOf(email: string) {
  return (await db()).companyMembership.findFirst({
    where: { companyId, user: { email } },
    select: { id: true, grants: { select: { permission: true } } },
  });
}

describe("inviting a member", () => {
  it("opens an account for a new address with the role's habilitations, and sends one invitation", async () => {
    const email = "comptable@cabinet.test";
    const result = await inviteMember(julien, {
      companyId,
      email: "  Comptable@Cabinet.test ",
      firstName: "Camille",
      lastName: "Compta",
      role: "accounting",
    });
    expect(result).toMatchObject({ ok: true, invited: true });
    const membership = await membershipOf(email);
    expect(membership!.grants.map((g) => g.permission).sort()).toEqual(
      [...ROLES.accounting.permissions].sort(),
    );
    await flushMail();
    const client = await db();
    expect(await client.mailJob.count({ where: { to: email, label: "invitation" } })).toBe(1);
    const user = await client.user.findUniqueOrThrow({
      where: { email },
      select: { passwordHash: true, participant: { select: { id: true } } },
    });
    // A member, not a participant: no training space opens with it.
    expect(user).toEqual({ passwordHash: null, participant: null });
    expect(
      await client.auditLog.count({
        where: { action: "member.invited", entityId: membership!.id, actorUserId: julien.id },
      }),
    ).toBe(1);
  });

  it("gives an existing account the space at once, with the habilitations chosen", async () => {
    const result = await inviteMember(julien, {
      companyId,
      email: "particulier@demo.test",
      firstName: "Sophie",
      lastName: "Leroy",
      permissions: ["trainings.view"],
    });
    expect(result).toMatchObject({ ok: true, invited: false });
    const sophie = await viewerFor("particulier@demo.test");
    expect(sophie.companies.find((c) => c.companyId === companyId)?.permissions).toEqual([
      "trainings.view",
    ]);
  });

  it("refuses a member twice, and another company's manager; changes nothing", async () => {
    const before = await (await db()).companyMembership.count({ where: { companyId } });
    expect(
      await inviteMember(julien, {
        companyId,
        email: "manager@demo.test",
        firstName: "Julien",
        lastName: "Delorme",
        role: "hr",
      }),
    ).toEqual({
      ok: false,
      field: "email",
      message: "Cette personne est déjà membre de l'entreprise.",
    });
    expect(
      await inviteMember(otherCompanyManager, {
        companyId,
        email: "intrus@test.local",
        firstName: "Ian",
        lastName: "Trus",
        role: "manager",
      }),
    ).toBeNull();
    expect(await (await db()).companyMembership.count({ where: { companyId } })).toBe(before);
  });
});

describe("removing a member", () => {
  it("removes a member (the account stays) and audits it", async () => {
    const membership = await membershipOf("comptable@cabinet.test");
    expect(
      await removeMember(otherCompanyManager, { companyId, membershipId: membership!.id }),
    ).toBeNull();
    const result = await removeMember(julien, { companyId, membershipId: membership!.id });
    expect(result).toMatchObject({ ok: true });
    expect(await membershipOf("comptable@cabinet.test")).toBeNull();
    const client = await db();
    expect(await client.user.count({ where: { email: "comptable@cabinet.test" } })).toBe(1);
    expect(
      await client.auditLog.count({
        where: { action: "member.removed", entityId: membership!.id },
      }),
    ).toBe(1);
  });

  it("refuses to remove the last member able to manage habilitations", async () => {
    const membership = await membershipOf("manager@demo.test");
    expect(await removeMember(julien, { companyId, membershipId: membership!.id })).toEqual({
      ok: false,
      field: "membershipId",
      message: LAST_MANAGER_MESSAGE,
    });
    expect(await membershipOf("manager@demo.test")).not.toBeNull();
  });
});
