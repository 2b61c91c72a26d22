import "server-only";
import { writeAudit } from "@/lib/audit/log";
import {
  isPermission,
  permissionsOfRole,
  PERMISSIONS,
  type Permission,
} from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";
import { isRecordId } from "@/lib/db/record-id";
import { getDb } from "@/lib/db";
import type { PrismaClient } from "@/lib/db/generated/client";
import { requireCompanyPermission, type CompanyPermit } from "./authorize";
import type { GrantRoleInput, SetMemberPermissionsInput } from "./schemas";

export type CompanyMember = {
  membershipId: string;
  userId: string;
  name: string;
  email: string;
  isViewer: boolean;
  permissions: Permission[];
};

/** The company's members and their habilitations, for a member holding habilitations.manage (the permit). */
export async function getHabilitations(
  company: CompanyPermit<"habilitations.manage">,
): Promise<CompanyMember[]> {
  const { companyId } = company;
  const db = await getDb();
  const members = await db.companyMembership.findMany({
    where: { companyId },
    select: {
      id: true,
      user: { select: { id: true, firstName: true, lastName: true, email: true } },
      grants: { select: { permission: true } },
    },
    orderBy: [{ user: { lastName: "asc" } }, { user: { firstName: "asc" } }, { id: "asc" }],
  });
  const order = Object.keys(PERMISSIONS);
  return members.map((m) => ({
    membershipId: m.id,
    userId: m.user.id,
    name: `${m.user.firstName} ${m.user.lastName}`,
    email: m.user.email,
    isViewer: m.user.id === company.userId,
    permissions: m.grants
      .map((g) => g.permission)
      .filter(isPermission)
      .sort((a, b) => order.indexOf(a) - order.indexOf(b)),
  }));
}

export const LAST_MANAGER_MESSAGE =
  "L'entreprise doit garder au moins une personne habilitée à gérer les habilitations : donnez d'abord cette habilitation à quelqu'un d'autre.";

export type GrantsResult =
  { ok: true; granted: Permission[]; revoked: Permission[] } | { ok: false; message: string };

class GrantsRefused extends Error {}

const TRANSACTION_OPTIONS = { maxWait: 30_000, timeout: 15_000 };

/**
 * Sets a member's habilitations to exactly `permissions` (grants what is new,
 * revokes what is gone), with one audit row per change. Refused when the
 * company would be left without anyone holding habilitations.manage. Null
 * (then 404) without habilitations.manage in the company, or for a membership
 * of another company.
 */
export async function setMemberPermissions(
  viewer: Viewer,
  input: SetMemberPermissionsInput,
): Promise<GrantsResult | null> {
  if (!input.permissions.every(isPermission)) return null;
  return changeGrants(
    viewer,
    input.companyId,
    input.membershipId,
    () => new Set(input.permissions),
  );
}

/** Grants a role's bundle on top of what the member holds. An unknown role grants nothing: null. */
export async function grantRole(
  viewer: Viewer,
  input: GrantRoleInput,
): Promise<GrantsResult | null> {
  const bundle = permissionsOfRole(input.role);
  if (bundle.length === 0) return null;
  return changeGrants(
    viewer,
    input.companyId,
    input.membershipId,
    (held) => new Set([...held, ...bundle]),
  );
}

async function changeGrants(
  viewer: Viewer,
  companyId: string,
  membershipId: string,
  next: (held: Permission[]) => Set<Permission>,
): Promise<GrantsResult | null> {
  if (!requireCompanyPermission(viewer, companyId, "habilitations.manage")) return null;
  if (!isRecordId(membershipId)) return null;
  const db = await getDb();
  try {
    return await db.$transaction(async (client) => {
      const tx = client as PrismaClient;
      // The company's row lock puts concurrent changes of its habilitations in
      // line, so two managers removing each other cannot both succeed.
      await tx.$queryRaw`SELECT "id" FROM "Company" WHERE "id" = ${companyId} FOR UPDATE`;
      const membership = await tx.companyMembership.findFirst({
        where: { id: membershipId, companyId },
        select: { id: true, userId: true, grants: { select: { id: true, permission: true } } },
      });
      if (!membership) return null;
      const held = membership.grants.map((g) => g.permission).filter(isPermission);
      const wanted = next(held);
      const granted = [...wanted].filter((p) => !held.includes(p));
      const revoked = held.filter((p) => !wanted.has(p));

      if (revoked.includes("habilitations.manage")) {
        const others = await tx.companyGrant.count({
          where: {
            permission: "habilitations.manage",
            membership: { companyId, id: { not: membershipId } },
          },
        });
        if (others === 0) throw new GrantsRefused(LAST_MANAGER_MESSAGE);
      }
      if (revoked.length > 0) {
        await tx.companyGrant.deleteMany({
          where: { membershipId, permission: { in: revoked } },
        });
      }
      if (granted.length > 0) {
        await tx.companyGrant.createMany({
          data: granted.map((permission) => ({ membershipId, permission, grantedById: viewer.id })),
          skipDuplicates: true,
        });
      }
      const changes = [
        ...granted.map((permission) => ({ action: "grant.granted", permission })),
        ...revoked.map((permission) => ({ action: "grant.revoked", permission })),
      ];
      if (changes.length > 0) {
        await writeAudit(
          tx,
          changes.map((c) => ({
            actorUserId: viewer.id,
            companyId,
            action: c.action,
            entityType: "CompanyMembership",
            entityId: membershipId,
            data: { permission: c.permission, userId: membership.userId },
          })),
        );
      }
      return { ok: true as const, granted, revoked };
    }, TRANSACTION_OPTIONS);
  } catch (error) {
    if (error instanceof GrantsRefused) return { ok: false, message: error.message };
    throw error;
  }
}
