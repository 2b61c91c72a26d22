import { writeAudit } from "@/lib/audit/log";
import crypto from "node:crypto";
import type { Db } from "@/lib/db/client";
import { AccountTokenPurpose } from "@/lib/db/generated/enums";
import { hashPassword } from "@/lib/auth/password";

/*
 * Single-use links (invitation, password reset). The link carries 32 random
 * bytes; the database keeps only their SHA-256, so a leaked backup opens no
 * account. No "server-only": scripts and the seed may invite too.
 */

export const TOKEN_LIFETIME_MS: Record<AccountTokenPurpose, number> = {
  // Issue 7: an invitation stays valid a week (the person may be on leave).
  INVITATION: 7 * 24 * 60 * 60 * 1000,
  // A reset is asked for by the person at the keyboard: a short window is enough.
  PASSWORD_RESET: 2 * 60 * 60 * 1000,
};

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

export function hashAccountToken(token: string): string {
  return crypto.createHash("sha256").update(token).digest("hex");
}

type TokenDb = Pick<Db, "accountToken">;

/**
 * A new link for the user. Earlier unused links of the same purpose stop
 * working: only the last e-mail sent opens the account.
 */
export async function issueAccountToken(
  db: TokenDb,
  input: { userId: string; purpose: AccountTokenPurpose; now?: Date },
): Promise<{ token: string; expiresAt: Date }> {
  const now = input.now ?? new Date();
  const token = crypto.randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + TOKEN_LIFETIME_MS[input.purpose]);
  await db.accountToken.updateMany({
    where: { userId: input.userId, purpose: input.purpose, usedAt: null },
    data: { usedAt: now },
  });
  await db.accountToken.create({
    data: {
      userId: input.userId,
      purpose: input.purpose,
      tokenHash: hashAccountToken(token),
      expiresAt,
      createdAt: now,
    },
  });
  return { token, expiresAt };
}

export type TokenState =
  | { state: "valid"; userId: string; email: string; firstName: string }
  | { state: "invalid" | "expired" | "used" };

export const TOKEN_FAILURE_MESSAGES: Record<Exclude<TokenState["state"], "valid">, string> = {
  invalid: "Ce lien n'est pas valide. Vérifiez que vous avez copié l'adresse complète du message.",
  expired: "Ce lien a expiré. Demandez un nouveau lien depuis « Mot de passe oublié ».",
  used: "Ce lien a déjà été utilisé. Connectez-vous avec votre mot de passe, ou demandez un nouveau lien depuis « Mot de passe oublié ».",
};

/** What the link's page shows before the form is sent (nothing is consumed). */
export async function checkAccountToken(
  db: TokenDb,
  token: string,
  purpose: AccountTokenPurpose,
  now: Date = new Date(),
): Promise<TokenState> {
  if (!TOKEN_SHAPE.test(token)) return { state: "invalid" };
  const row = await db.accountToken.findUnique({
    where: { tokenHash: hashAccountToken(token) },
    select: {
      purpose: true,
      usedAt: true,
      expiresAt: true,
      user: { select: { id: true, email: true, firstName: true, anonymizedAt: true } },
    },
  });
  if (!row || row.purpose !== purpose || row.user.anonymizedAt) return { state: "invalid" };
  if (row.usedAt) return { state: "used" };
  if (row.expiresAt <= now) return { state: "expired" };
  return {
    state: "valid",
    userId: row.user.id,
    email: row.user.email,
    firstName: row.user.firstName,
  };
}

/**
 * Sets the password through a link, once: the token is consumed by a
 * conditional update, so two concurrent submissions cannot both succeed.
 * Every other open link of the user dies with it, and the session version is
 * bumped so that sessions opened with the old password end.
 */
export async function setPasswordWithToken(
  db: Db,
  input: { token: string; purpose: AccountTokenPurpose; password: string; now?: Date },
): Promise<{ ok: true; email: string } | { ok: false; reason: "invalid" | "expired" | "used" }> {
  const now = input.now ?? new Date();
  const before = await checkAccountToken(db, input.token, input.purpose, now);
  if (before.state !== "valid") return { ok: false, reason: before.state };
  const passwordHash = await hashPassword(input.password);
  const tokenHash = hashAccountToken(input.token);
  return db.$transaction(async (tx) => {
    const consumed = await tx.accountToken.updateMany({
      where: { tokenHash, purpose: input.purpose, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (consumed.count !== 1) return { ok: false as const, reason: "used" as const };
    await tx.accountToken.updateMany({
      where: { userId: before.userId, usedAt: null },
      data: { usedAt: now },
    });
    await tx.user.update({
      where: { id: before.userId },
      data: { passwordHash, passwordChangedAt: now, sessionVersion: { increment: 1 } },
    });
    await writeAudit(tx, {
      actorUserId: before.userId,
      action:
        input.purpose === AccountTokenPurpose.INVITATION
          ? "user.invitation_accepted"
          : "user.password_reset",
      entityType: "User",
      entityId: before.userId,
      at: now,
    });
    return { ok: true as const, email: before.email };
  });
}
