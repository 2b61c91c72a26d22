import { describe, expect, it, vi } from "vitest";
import {
  checkAccountToken,
  hashAccountToken,
  issueAccountToken,
  setPasswordWithToken,
} from "../../lib/accounts/tokens";
import { authenticate } from "../../lib/auth/credentials";
import { inviteUser, requestPasswordReset } from "../../lib/accounts/invitations";
import { flushMail, queueMail } from "../../lib/mail/queue";
import { setTransportForTests } from "../../lib/mail/transport";
import { setupTestDatabase } from "../support/test-database";
import { withTestOutbox } from "../support/test-outbox";

const { db } = setupTestDatabase("seeded");
const outbox = withTestOutbox([5, 5]);

async function lastMailTo(email: string) {
  await flushMail();
  return (await outbox.read()).filter((m) => m.to === email).at(-1);
}

const tokenOf = (text: string, route: string) =>
  text.match(new RegExp(`/${route}/([\\w-]{43})`))?.[1];

describe("inviteUser", () => {
  it("creates a private participant without password and e-mails a single-use link (hash stored only)", async () => {
    const prisma = await db();
    const result = await inviteUser(prisma, {
      email: "  Nouvelle.Personne@Exemple.test ",
      firstName: "Nouvelle",
      lastName: "Personne",
      invitedById: null,
    });
    expect(result.created).toBe(true);
    const user = await prisma.user.findUniqueOrThrow({
      where: { id: result.userId },
      select: {
        email: true,
        passwordHash: true,
        participant: { select: { id: true, kind: true, companyId: true } },
      },
    });
    expect(user).toMatchObject({
      email: "nouvelle.personne@exemple.test",
      passwordHash: null,
      participant: { id: result.participantId, kind: "PRIVATE", companyId: null },
    });

    const mail = await lastMailTo("nouvelle.personne@exemple.test");
    expect(mail?.subject).toBe("Votre espace Parcours vous attend");
    expect(mail?.text).toContain("Bonjour Nouvelle,");
    expect(mail?.html).toContain("Choisir mon mot de passe");
    const token = tokenOf(mail!.text, "invitation");
    expect(token).toBeDefined();
    const stored = await prisma.accountToken.findMany({ where: { userId: result.userId } });
    expect(stored).toHaveLength(1);
    expect(stored[0]!.tokenHash).toBe(hashAccountToken(token!));
    expect(stored[0]!.tokenHash).not.toContain(token!);
    const days = (stored[0]!.expiresAt.getTime() - stored[0]!.createdAt.getTime()) / 86_400_000;
    expect(days).toBeCloseTo(7, 3);

    // The link sets the password once; the account then signs in.
    expect(
      await setPasswordWithToken(prisma, {
        token: token!,
        purpose: "INVITATION",
        password: "court" + "x".repeat(7),
      }),
    ).toEqual({
      ok: true,
      email: "nouvelle.personne@exemple.test",
    });
    expect(
      await authenticate({ email: "nouvelle.personne@exemple.test", password: "courtxxxxxxx" }),
    ).not.toBeNull();
    expect(await checkAccountToken(prisma, token!, "INVITATION")).toEqual({ state: "used" });
    expect(
      await setPasswordWithToken(prisma, {
        token: token!,
        purpose: "INVITATION",
        password: "une autre phrase",
      }),
    ).toEqual({ ok: false, reason: "used" });
    expect(
      await authenticate({ email: "nouvelle.personne@exemple.test", password: "une autre phrase" }),
    ).toBeNull();

    // Invited again once the password is set: nothing is sent.
    const again = await inviteUser(prisma, {
      email: "nouvelle.personne@exemple.test",
      firstName: "X",
      lastName: "Y",
      invitedById: null,
    });
    expect(again).toEqual({
      userId: result.userId,
      participantId: result.participantId,
      created: false,
    });
    await flushMail();
    expect(
      (await outbox.read()).filter((m) => m.to === "nouvelle.personne@exemple.test"),
    ).toHaveLength(1);
  });

  it("makes a collaborator of the company when given one", async () => {
    const prisma = await db();
    const company = await prisma.company.findFirstOrThrow({ select: { id: true } });
    const result = await inviteUser(prisma, {
      email: "collab.invite@exemple.test",
      firstName: "Colla",
      lastName: "Borateur",
      invitedById: null,
      companyId: company.id,
    });
    const participant = await prisma.participant.findUniqueOrThrow({
      where: { id: result.participantId },
    });
    expect(participant).toMatchObject({ kind: "COLLABORATOR", companyId: company.id });
  });

  it("refuses an expired link (fixed clock) and a link of the other purpose", async () => {
    const prisma = await db();
    const { userId } = await inviteUser(prisma, {
      email: "expire@exemple.test",
      firstName: "Ex",
      lastName: "Pire",
      invitedById: null,
    });
    const issuedAt = new Date("2030-01-01T10:00:00Z");
    const { token } = await issueAccountToken(prisma, {
      userId,
      purpose: "INVITATION",
      now: issuedAt,
    });
    const justBefore = new Date(issuedAt.getTime() + 7 * 86_400_000 - 1000);
    const justAfter = new Date(issuedAt.getTime() + 7 * 86_400_000 + 1000);
    expect((await checkAccountToken(prisma, token, "INVITATION", justBefore)).state).toBe("valid");
    expect((await checkAccountToken(prisma, token, "PASSWORD_RESET", justBefore)).state).toBe(
      "invalid",
    );
    expect(
      await setPasswordWithToken(prisma, {
        token,
        purpose: "INVITATION",
        password: "douze caracteres",
        now: justAfter,
      }),
    ).toEqual({ ok: false, reason: "expired" });
    expect((await checkAccountToken(prisma, "A".repeat(43), "INVITATION")).state).toBe("invalid");
    expect((await checkAccountToken(prisma, "../etc", "INVITATION")).state).toBe("invalid");
  });
});

describe("password reset", () => {
  it("sends a link to a known e-mail only, and the link replaces the password once", async () => {
    const prisma = await db();
    await requestPasswordReset(prisma, "inconnu@exemple.test");
    expect(await lastMailTo("inconnu@exemple.test")).toBeUndefined();

    const before = await prisma.user.findUniqueOrThrow({
      where: { email: "participant2@demo.test" },
      select: { sessionVersion: true },
    });
    await requestPasswordReset(prisma, "Participant2@demo.test");
    const mail = await lastMailTo("participant2@demo.test");
    expect(mail?.subject).toMatch(/^Réinitialisation de votre mot de passe/);
    const token = tokenOf(mail!.text, "reinitialisation");
    expect(
      await setPasswordWithToken(prisma, {
        token: token!,
        purpose: "PASSWORD_RESET",
        password: "nouveau mot de passe",
      }),
    ).toMatchObject({ ok: true });
    expect(
      await authenticate({ email: "participant2@demo.test", password: "nouveau mot de passe" }),
    ).not.toBeNull();
    expect(
      await authenticate({ email: "participant2@demo.test", password: "parcours-demo" }),
    ).toBeNull();
    const after = await prisma.user.findUniqueOrThrow({
      where: { email: "participant2@demo.test" },
      select: { sessionVersion: true },
    });
    // Sessions opened with the old password end.
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(
      await setPasswordWithToken(prisma, {
        token: token!,
        purpose: "PASSWORD_RESET",
        password: "encore un autre",
      }),
    ).toEqual({ ok: false, reason: "used" });
  });
});

describe("mail delivery", () => {
  it("never throws to the caller; a failing transport is retried then logged", async () => {
    const send = vi
      .fn()
      .mockRejectedValueOnce(new Error("SMTP indisponible"))
      .mockResolvedValueOnce(undefined);
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    setTransportForTests({ send });
    expect(() =>
      queueMail("test", async () => ({ to: "a@exemple.test", subject: "s", text: "t", html: "h" })),
    ).not.toThrow();
    await flushMail();
    expect(send).toHaveBeenCalledTimes(2);

    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    send.mockReset().mockRejectedValue(new Error("toujours en panne"));
    queueMail("test", async () => ({ to: "b@exemple.test", subject: "s", text: "t", html: "h" }));
    await flushMail();
    expect(send).toHaveBeenCalledTimes(3);
    expect(error).toHaveBeenCalledWith(
      expect.stringContaining("abandon après 3 essais"),
      expect.any(Error),
    );
    warn.mockRestore();
    error.mockRestore();
    setTransportForTests(null);
  });
});
