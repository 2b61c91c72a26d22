import { writeAudit } from "@/lib/audit/log";
import { publicBaseUrl } from "@/lib/http/public-url";
import type { Db } from "@/lib/db/client";
import { AccountTokenPurpose, ParticipantKind } from "@/lib/db/generated/enums";
import { invitationMail, passwordResetMail } from "@/lib/mail/messages";
import { queueMail } from "@/lib/mail/queue";
import { issueAccountToken } from "./tokens";

/*
 * Accounts open at the first registration (guide rule 1): never by self-sign-up.
 * No "server-only" so that scripts and the seed can call these; they take the
 * database client so that a caller's transaction can include them.
 */

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

/** Serializes the account work of one e-mail until the end of the caller's transaction. */
export async function lockEmail(db: Db, email: string): Promise<void> {
  await db.$queryRaw`SELECT 1 AS "locked" FROM pg_advisory_xact_lock(hashtext(${`invitation:${email}`}))`;
}

/** A second invitation this soon would only cancel the link of the first one. */
const REINVITE_AFTER_MS = 10 * 60_000;

/**
 * What both invitation paths read of the account: whether it has a password,
 * and an invitation sent in the last minutes (then no second link is sent).
 */
function invitedUserSelect(now: Date) {
  return {
    id: true,
    firstName: true,
    passwordHash: true,
    accountTokens: {
      where: {
        purpose: AccountTokenPurpose.INVITATION,
        usedAt: null,
        createdAt: { gt: new Date(now.getTime() - REINVITE_AFTER_MS) },
      },
      select: { id: true },
      take: 1,
    },
  } as const;
}

/**
 * Makes sure a participant account exists for the e-mail and that its owner
 * can set a password. Creates the user (no password) and the participant —
 * collaborator of companyId when given, else private — when missing, and sends
 * the invitation when the user was created or has never set a password (and
 * was not invited in the last minutes). An existing participant keeps their
 * kind and company.
 *
 * Two managers registering the same new person, or one double click, must
 * store one account and send one invitation: the work for one e-mail is
 * serialized by a transaction-scoped advisory lock on it, in its own
 * transaction (inviteUserInTransaction: in the caller's).
 */
export async function inviteUser(
  db: Db,
  input: InviteInput,
): Promise<{ userId: string; participantId: string; created: boolean }> {
  const { result, invitation } = await db.$transaction((tx) => inviteLocked(tx as Db, input), {
    maxWait: 60_000,
    timeout: 20_000,
  });
  // Queued once the account and its link are stored.
  if (invitation) queueInvitation(invitation);
  return result;
}

type InviteInput = {
  email: string;
  firstName: string;
  lastName: string;
  invitedById: string | null;
  companyId?: string | null;
};

/** inviteUser within the caller's transaction (the lock lasts until it ends). */
export async function inviteUserInTransaction(
  tx: Db,
  input: InviteInput,
): Promise<{ userId: string; participantId: string; created: boolean }> {
  const { result, invitation } = await inviteLocked(tx, input);
  if (invitation) queueInvitation(invitation);
  return result;
}

export type Invitation = {
  email: string;
  firstName: string;
  link: string;
  expiresAt: Date;
  invitedBy: string | null;
};

async function inviteLocked(
  db: Db,
  input: InviteInput,
): Promise<{
  result: { userId: string; participantId: string; created: boolean };
  invitation: Invitation | null;
}> {
  const email = normalizeEmail(input.email);
  const companyId = input.companyId ?? null;
  const now = new Date();
  await lockEmail(db, email);
  const participantData = {
    kind: companyId ? ParticipantKind.COLLABORATOR : ParticipantKind.PRIVATE,
    companyId,
  };
  const userSelect = { ...invitedUserSelect(now), participant: { select: { id: true } } } as const;
  let created = false;
  let user = await db.user.findUnique({ where: { email }, select: userSelect });
  if (!user) {
    user = await db.user.create({
      data: {
        email,
        firstName: input.firstName.trim(),
        lastName: input.lastName.trim(),
        participant: { create: participantData },
      },
      select: userSelect,
    });
    created = true;
  }
  let participantId = user.participant?.id;
  if (!participantId) {
    // A company manager or a trainer becoming a participant too.
    participantId = (
      await db.participant.create({
        data: { userId: user.id, ...participantData },
        select: { id: true },
      })
    ).id;
  }
  const send = created || (!user.passwordHash && user.accountTokens.length === 0);
  const invitation = send
    ? await prepareInvitation(db, { user, email, invitedById: input.invitedById, now })
    : null;
  await writeAudit(db, {
    actorUserId: input.invitedById,
    companyId,
    action: created ? "user.invited" : "user.invitation_checked",
    entityType: "User",
    entityId: user.id,
    data: { email, invitationSent: send },
  });
  return { result: { userId: user.id, participantId, created }, invitation };
}

export async function prepareInvitation(
  db: Db,
  input: {
    /** The account invited (its e-mail is `email`, already normalized). */
    user: { id: string; firstName: string };
    email: string;
    invitedById: string | null;
    now: Date;
  },
): Promise<Invitation> {
  const { token, expiresAt } = await issueAccountToken(db, {
    userId: input.user.id,
    purpose: AccountTokenPurpose.INVITATION,
    now: input.now,
  });
  const inviter = input.invitedById
    ? await db.user.findUnique({
        where: { id: input.invitedById },
        select: { firstName: true, lastName: true },
      })
    : null;
  return {
    email: input.email,
    firstName: input.user.firstName,
    link: `${publicBaseUrl()}/invitation/${token}`,
    expiresAt,
    invitedBy: inviter ? `${inviter.firstName} ${inviter.lastName}` : null,
  };
}

function queueInvitation(invitation: Invitation) {
  queueMail("invitation", async () =>
    invitationMail({
      to: invitation.email,
      firstName: invitation.firstName,
      link: invitation.link,
      expiresAt: invitation.expiresAt,
      invitedBy: invitation.invitedBy,
    }),
  );
}

/**
 * "Mot de passe oublié": sends a reset link when the e-mail belongs to an
 * active account, nothing otherwise. The caller shows the same answer either
 * way (and the mail leaves in the background, so the timing says nothing).
 */
export async function requestPasswordReset(db: Db, rawEmail: string, now: Date = new Date()) {
  const email = normalizeEmail(rawEmail);
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, firstName: true, anonymizedAt: true },
  });
  if (!user || user.anonymizedAt) return;
  const { token, expiresAt } = await issueAccountToken(db, {
    userId: user.id,
    purpose: AccountTokenPurpose.PASSWORD_RESET,
    now,
  });
  const link = `${publicBaseUrl()}/reinitialisation/${token}`;
  queueMail("réinitialisation", async () =>
    passwordResetMail({ to: email, firstName: user.firstName, link, expiresAt }),
  );
}

/**
 * Makes sure an account exists for a trainer the organization names by e-mail
 * (Espace formateur): created without a participant when missing, and invited
 * to set a password when it has none yet. An existing account is used as it is.
 */
export async function inviteTrainer(
  db: Db,
  input: { email: string; firstName: string; lastName: string; invitedById: string | null },
): Promise<{ userId: string; created: boolean; invitationSent: boolean }> {
  const email = normalizeEmail(input.email);
  const now = new Date();
  // The same lock and "no second link within minutes" as inviteUser: one account, one invitation.
  const { result, invitation } = await db.$transaction(
    async (txClient) => {
      const tx = txClient as Db;
      await lockEmail(tx, email);
      const select = { ...invitedUserSelect(now), anonymizedAt: true } as const;
      let user = await tx.user.findUnique({ where: { email }, select });
      let created = false;
      if (!user) {
        user = await tx.user.create({
          data: { email, firstName: input.firstName.trim(), lastName: input.lastName.trim() },
          select,
        });
        created = true;
      }
      const invitationSent =
        !user.passwordHash && !user.anonymizedAt && (created || user.accountTokens.length === 0);
      const prepared = invitationSent
        ? await prepareInvitation(tx, { user, email, invitedById: input.invitedById, now })
        : null;
      return { result: { userId: user.id, created, invitationSent }, invitation: prepared };
    },
    { maxWait: 60_000, timeout: 20_000 },
  );
  if (invitation) queueInvitation(invitation);
  return result;
}
