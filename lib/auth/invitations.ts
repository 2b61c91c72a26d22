import { writeAudit } from "@/lib/audit/log";
import { publicBaseUrl } from "@/lib/documents/public-url";
import type { Db } from "@/lib/db/client";
import { AccountTokenPurpose, ParticipantKind } from "@/lib/db/generated/enums";
import { invitationMail, passwordResetMail } from "@/lib/mail/messages";
import { queueMail } from "@/lib/mail/queue";
import { issueAccountToken } from "./account-tokens";

/*
 * Accounts open at the first registration (guide rule 1): never by self-sign-up.
 * No "server-only" so that scripts and the seed can call these; they take the
 * database client so that a caller's transaction can include them.
 */

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

/**
 * Makes sure a participant account exists for the e-mail and that its owner
 * can set a password. Creates the user (no password) and the participant —
 * collaborator of companyId when given, else private — when missing, and sends
 * the invitation when the user was created or has never set a password.
 * An existing participant keeps their kind and company.
 */
export async function inviteUser(
  db: Db,
  input: {
    email: string;
    firstName: string;
    lastName: string;
    invitedById: string | null;
    companyId?: string | null;
  },
): Promise<{ userId: string; participantId: string; created: boolean }> {
  const email = normalizeEmail(input.email);
  const companyId = input.companyId ?? null;
  const participantData = {
    kind: companyId ? ParticipantKind.COLLABORATOR : ParticipantKind.PRIVATE,
    companyId,
  };
  let created = false;
  let user = await db.user.findUnique({
    where: { email },
    select: {
      id: true,
      firstName: true,
      passwordHash: true,
      participant: { select: { id: true } },
    },
  });
  if (!user) {
    try {
      user = await db.user.create({
        data: {
          email,
          firstName: input.firstName.trim(),
          lastName: input.lastName.trim(),
          participant: { create: participantData },
        },
        select: {
          id: true,
          firstName: true,
          passwordHash: true,
          participant: { select: { id: true } },
        },
      });
      created = true;
    } catch (error) {
      // Two invitations of the same e-mail at once: the other one created it.
      user = await db.user.findUnique({
        where: { email },
        select: {
          id: true,
          firstName: true,
          passwordHash: true,
          participant: { select: { id: true } },
        },
      });
      if (!user) throw error;
    }
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
  if (created || !user.passwordHash) {
    await sendInvitation(db, {
      userId: user.id,
      email,
      firstName: user.firstName,
      invitedById: input.invitedById,
    });
  }
  await writeAudit(db, {
    actorUserId: input.invitedById,
    companyId,
    action: created ? "user.invited" : "user.invitation_checked",
    entityType: "User",
    entityId: user.id,
    data: { email, invitationSent: created || !user.passwordHash },
  });
  return { userId: user.id, participantId, created };
}

async function sendInvitation(
  db: Db,
  input: { userId: string; email: string; firstName: string; invitedById: string | null },
) {
  const { token, expiresAt } = await issueAccountToken(db, {
    userId: input.userId,
    purpose: AccountTokenPurpose.INVITATION,
  });
  const inviter = input.invitedById
    ? await db.user.findUnique({
        where: { id: input.invitedById },
        select: { firstName: true, lastName: true },
      })
    : null;
  const link = `${publicBaseUrl()}/invitation/${token}`;
  queueMail("invitation", async () =>
    invitationMail({
      to: input.email,
      firstName: input.firstName,
      link,
      expiresAt,
      invitedBy: inviter ? `${inviter.firstName} ${inviter.lastName}` : null,
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
