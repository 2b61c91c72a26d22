import { beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "../../lib/auth/load-viewer";
import { PERMISSIONS, type Permission } from "../../lib/auth/permissions";
import {
  LAST_MANAGER_MESSAGE,
  getHabilitations,
  grantRole,
  setMemberPermissions,
} from "../../lib/companies/habilitations";
import { withPermit } from "../support/scopes";
import { setupTestDatabase } from "../support/test-database";
import { viewerFor } from "../support/viewers";

/**
 * Habilitations are granted and revoked per member, one by one or by role,
 * with one audit row per change; a company never loses its last member able
 * to manage habilitations.
 */
const { db } = setupTestDatabase("seeded");

const ALL = Object.keys(PERMISSIONS) as Permission[];
let julien: Viewer;
let companyId: string;
let julienMembership: string;
let isabelleMembership: string;

async function grantsOf(membershipId: string) {
  const grants = await (
    await db()
  ).companyGrant.findMany({
    where: { membershipId },
    select: { permission: true },
  });
  return grants.map((g) => g.permission).sort();
}

beforeAll(async () => {
  julien = await viewerFor("manager@demo.test");
  companyId = julien.companies[0]!.companyId;
  const members = await withPermit(julien, companyId, "habilitations.manage", getHabilitations);
  julienMembership = members!.find((m) => m.isViewer)!.membershipId;
  isabelleMembership = members!.find((m) => m.name === "Isabelle Roux")!.membershipId;
});

describe("habilitations", () => {
  it("the demo firm has one manager able to manage habilitations", async () => {
    const members = await withPermit(julien, companyId, "habilitations.manage", getHabilitations);
    expect(members!.filter((m) => m.permissions.includes("habilitations.manage"))).toHaveLength(1);
  });

  it("refuses to take habilitations.manage from the last member holding it, and changes nothing", async () => {
    const before = await grantsOf(julienMembership);
    const auditBefore = await (await db()).auditLog.count({ where: { companyId } });
    const result = await setMemberPermissions(julien, {
      companyId,
      membershipId: julienMembership,
      permissions: ["invoices.view"],
    });
    expect(result).toEqual({ ok: false, message: LAST_MANAGER_MESSAGE });
    expect(await grantsOf(julienMembership)).toEqual(before);
    expect(await (await db()).auditLog.count({ where: { companyId } })).toBe(auditBefore);
  });

  it("revokes one permission and keeps the rest, with an audit row", async () => {
    const result = await setMemberPermissions(julien, {
      companyId,
      membershipId: julienMembership,
      permissions: ALL.filter((p) => p !== "invoices.view"),
    });
    expect(result).toEqual({ ok: true, granted: [], revoked: ["invoices.view"] });
    expect(await grantsOf(julienMembership)).toEqual(
      ALL.filter((p) => p !== "invoices.view").sort(),
    );
    const audit = await (
      await db()
    ).auditLog.findMany({
      where: { companyId, action: "grant.revoked", entityId: julienMembership },
      select: { actorUserId: true, data: true },
    });
    expect(audit).toEqual([
      { actorUserId: julien.id, data: { permission: "invoices.view", userId: julien.id } },
    ]);
  });

  it("grants a role's bundle on top of what the member holds", async () => {
    const result = await grantRole(julien, {
      companyId,
      membershipId: isabelleMembership,
      role: "manager",
    });
    expect(result).toMatchObject({ ok: true, revoked: [] });
    expect(await grantsOf(isabelleMembership)).toEqual([...ALL].sort());
    const granted = await (
      await db()
    ).auditLog.count({
      where: { companyId, action: "grant.granted", entityId: isabelleMembership },
    });
    expect(granted).toBe(result!.ok ? result!.granted.length : -1);
  });

  it("once someone else can manage habilitations, the manager may give it up", async () => {
    const result = await setMemberPermissions(julien, {
      companyId,
      membershipId: julienMembership,
      permissions: ["collaborators.view"],
    });
    expect(result).toMatchObject({ ok: true });
    expect(await grantsOf(julienMembership)).toEqual(["collaborators.view"]);
  });

  it("then the last one left cannot give it up either", async () => {
    const isabelle = await viewerFor(await emailOf(isabelleMembership));
    const result = await setMemberPermissions(isabelle, {
      companyId,
      membershipId: isabelleMembership,
      permissions: [],
    });
    expect(result).toEqual({ ok: false, message: LAST_MANAGER_MESSAGE });
  });

  it("a former manager without habilitations.manage gets null (404)", async () => {
    const former = await viewerFor("manager@demo.test");
    expect(
      await withPermit(former, companyId, "habilitations.manage", getHabilitations),
    ).toBeNull();
    expect(
      await setMemberPermissions(former, {
        companyId,
        membershipId: julienMembership,
        permissions: ALL,
      }),
    ).toBeNull();
  });

  it("a membership of another company is not reachable (null)", async () => {
    const isabelle = await viewerFor(await emailOf(isabelleMembership));
    const other = await (
      await db()
    ).companyMembership.findFirstOrThrow({
      where: { companyId: { not: companyId } },
      select: { id: true },
    });
    expect(
      await setMemberPermissions(isabelle, { companyId, membershipId: other.id, permissions: [] }),
    ).toBeNull();
  });
});

async function emailOf(membershipId: string): Promise<string> {
  const m = await (
    await db()
  ).companyMembership.findUniqueOrThrow({
    where: { id: membershipId },
    select: { user: { select: { email: true } } },
  });
  return m.user.email;
}
