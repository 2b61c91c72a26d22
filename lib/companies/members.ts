import "server-only";
import { writeAudit } from "@/lib/audit/log";
import { lockEmail, normalizeEmail, prepareInvitation } from "@/lib/accounts/invitations";
import { permissionsOfRole, type Permission } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db";
import type { PrismaClient } from "@/lib/db/generated/client";
import { memberInvitationMail } from "@/lib/mail/messages";
import { queueMail } from "@/lib/mail/queue";
import { requireCompanyPermission } from "./authorize";
import { LAST_MANAGER_MESSAGE } from "./habilitations";
import type { InviteMemberInput, RemoveMemberInput } from "./schemas";

/*
 * Who belongs to a company's space: "Inviter un membre" and "Retirer", for a
 * member holding habilitations.manage (checked here: these are actions, the
 * request's one check). Both audited; the company keeps at least one member
 * who can manage habilitations.
 */

const TRANSACTION_OPTIONS = { maxWait: 60_000, timeout: 20_000 };

export type MemberResult =
  | { ok: true; membershipId: string; invited: boolean }
  | { ok: false; field: "email" | "membershipId"; message: string };

/**
 * Adds the person to the company's space with the role's habilitations (or
 * those chosen). A new address gets an account without password and the
 * invitation to set one: the space opens on accepting. An existing account
 * gets the space at once. Null (404) without habilitations.manage.
 */
export async function inviteMember(
  viewer: Viewer,
  input: InviteMemberInput,
): Promise<MemberResult | null> {
  const company = requireCompanyPermission(viewer, input.companyId, "habilitations.manage");
  if (!company) return null;
  const permissions: Permission[] = [
    ...new Set([
      ...(input.role ? permissionsOfRole(input.role) : []),
      ...(input.permissions ?? []),
    ]),
  ];
  const email = normalizeEmail(input.email);
  const db = await getDb();
  const outcome = await db.$transaction(async (client) => {
    const tx = client as PrismaClient;
    // The same lock as registrations by e-mail: one account per address, whoever asks.
    await lockEmail(tx, email);
    let user = await tx.user.findUnique({
      where: { email },
      select: {
        id: true,
        firstName: true,
        passwordHash: true,
        companyMemberships: { where: { companyId: company.companyId }, select: { id: true } },
      },
    });
    if (user?.companyMemberships.length) {
      return {
        ok: false as const,
        field: "email" as const,
        message: "Cette personne est déjà membre de l'entreprise.",
      };
    }
    const created = !user;
    user ??= await tx.user.create({
      data: { email, firstName: input.firstName.trim(), lastName: input.lastName.trim() },
      select: { id: true, firstName: true, passwordHash: true, companyMemberships: true },
    });
    const membership = await tx.companyMembership.create({
      data: {
        companyId: company.companyId,
        userId: user.id,
        grants: {
          create: permissions.map((permission) => ({ permission, grantedById: viewer.id })),
        },
      },
      select: { id: true },
    });
    const invitation = user.passwordHash
      ? null
      : await prepareInvitation(tx, { user, email, invitedById: viewer.id, now: new Date() });
    await writeAudit(tx, {
      actorUserId: viewer.id,
      companyId: company.companyId,
      action: "member.invited",
      entityType: "CompanyMembership",
      entityId: membership.id,
      data: { email, userId: user.id, permissions, accountCreated: created },
    });
    return { ok: true as const, membershipId: membership.id, invitation };
  }, TRANSACTION_OPTIONS);
  if (!outcome.ok) return outcome;
  const { invitation } = outcome;
  if (invitation) {
    queueMail("invitation", async () =>
      memberInvitationMail({
        to: invitation.email,
        firstName: invitation.firstName,
        companyName: company.companyName,
        link: invitation.link,
        expiresAt: invitation.expiresAt,
        invitedBy: invitation.invitedBy,
      }),
    );
  }
  return { ok: true, membershipId: outcome.membershipId, invited: invitation !== null };
}

/**
 * "Retirer": the member leaves the company's space (the account stays). The
 * last member holding habilitations.manage cannot be removed. Null (404)
 * without habilitations.manage or for a membership of another company.
 */
export async function removeMember(
  viewer: Viewer,
  input: RemoveMemberInput,
): Promise<MemberResult | null> {
  const company = requireCompanyPermission(viewer, input.companyId, "habilitations.manage");
  if (!company) return null;
  const db = await getDb();
  return db.$transaction(async (client) => {
    const tx = client as PrismaClient;
    // As changing habilitations: the company's row puts concurrent changes in line.
    await tx.$queryRaw`SELECT "id" FROM "Company" WHERE "id" = ${company.companyId} FOR UPDATE`;
    const membership = await tx.companyMembership.findFirst({
      where: { id: input.membershipId, companyId: company.companyId },
      select: { id: true, userId: true, grants: { select: { permission: true } } },
    });
    if (!membership) return null;
    if (membership.grants.some((g) => g.permission === "habilitations.manage")) {
      const others = await tx.companyGrant.count({
        where: {
          permission: "habilitations.manage",
          membership: { companyId: company.companyId, id: { not: membership.id } },
        },
      });
      if (others === 0) {
        return {
          ok: false as const,
          field: "membershipId" as const,
          message: LAST_MANAGER_MESSAGE,
        };
      }
    }
    await tx.companyMembership.delete({ where: { id: membership.id } });
    await writeAudit(tx, {
      actorUserId: viewer.id,
      companyId: company.companyId,
      action: "member.removed",
      entityType: "CompanyMembership",
      entityId: membership.id,
      data: { userId: membership.userId, permissions: membership.grants.map((g) => g.permission) },
    });
    return { ok: true as const, membershipId: membership.id, invited: false };
  }, TRANSACTION_OPTIONS);
}
