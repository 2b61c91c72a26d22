import { describe, expect, it } from "vitest";
import { authorizeSignIn } from "../../lib/auth/sign-in-guard";
import { hashPassword } from "../../lib/auth/password";
import { runRetentionJob } from "../../lib/jobs/retention-job";
import { flushMail } from "../../lib/mail/queue";
import { isAnonymizedEmail } from "../../lib/anonymized-address";
import { setupTestDatabase } from "../support/test-database";
import { withTestOutbox } from "../support/test-outbox";
import { recordLine } from "./support/report";

/*
 * The retention policy as the worker's daily job (lib/jobs/retention-job), on
 * the demo with a moved clock: three years after the last session, inactive
 * accounts are warned; a month later those still inactive are anonymised as
 * the erasure does; an account signed in since, one under a legal hold (an
 * internship in progress, an unpaid invoice of its own) or one that manages a
 * firm is left alone. The legal records stay: training evidence 6 years,
 * invoices 10 years (their audit trail is purged at those terms, the records
 * themselves are never deleted by the job).
 */
const { db } = setupTestDatabase("seeded");
const outbox = withTestOutbox([1_000]);
const DAY = 86_400_000;
const YEAR = 365 * DAY;

describe("inactive accounts, with a moved clock", () => {
  it("warns, then anonymises a month later, and keeps the legal records for their terms", async () => {
    const prisma = await db();
    const lastEnd = await prisma.trainingSession.aggregate({ _max: { endsAt: true } });
    // Every demo session ended three years and a day ago.
    const now1 = new Date(lastEnd._max.endsAt!.getTime() + 3 * YEAR + DAY);
    const user = (email: string) =>
      prisma.user.findUniqueOrThrow({
        where: { email },
        select: { id: true, inactivityWarnedAt: true, anonymizedAt: true, email: true },
      });
    const claire = await user("participant@demo.test");
    const lucas = await user("stagiaire@demo.test");
    const julien = await user("manager@demo.test");
    const sophie = await user("particulier@demo.test");
    expect(
      await prisma.internship.count({
        where: { participant: { userId: lucas.id }, status: "ACTIVE" },
      }),
    ).toBe(1);
    const sophieOwes =
      (await prisma.invoice.count({
        where: { status: "ISSUED", order: { participant: { userId: sophie.id } } },
      })) > 0;
    // Thomas signed in last week; "revenant" will sign in after the warning.
    const thomas = await user("participant2@demo.test");
    await prisma.user.update({
      where: { id: thomas.id },
      data: { lastSignInAt: new Date(now1.getTime() - 7 * DAY) },
    });
    const revenant = await prisma.user.create({
      data: {
        email: "revenant@parcours.test",
        firstName: "Paul",
        lastName: "Revenant",
        passwordHash: await hashPassword("mot-de-passe-du-revenant"),
        createdAt: new Date(now1.getTime() - 4 * YEAR),
        participant: { create: { kind: "PRIVATE" } },
      },
    });
    const legalRows = () =>
      Promise.all([
        prisma.registration.count({ where: { participant: { userId: claire.id } } }),
        prisma.attendance.count({
          where: { registration: { participant: { userId: claire.id } } },
        }),
        prisma.issuedDocument.count({
          where: { registration: { participant: { userId: claire.id } } },
        }),
        prisma.invoice.count(),
      ]).then((counts) => counts.reduce((s, n) => s + n, 0));
    const legalBefore = await legalRows();

    // Day 0: the warnings.
    const first = await runRetentionJob(now1);
    await flushMail();
    expect((await user(claire.email)).inactivityWarnedAt).toEqual(now1);
    expect((await user(lucas.email)).inactivityWarnedAt).toBeNull();
    expect((await user(julien.email)).inactivityWarnedAt).toBeNull();
    expect((await user(thomas.email)).inactivityWarnedAt).toBeNull();
    expect((await user(sophie.email)).inactivityWarnedAt).toEqual(sophieOwes ? null : now1);
    expect((await user(revenant.email)).inactivityWarnedAt).toEqual(now1);
    const warnings = (await outbox.read()).filter((m) => /sera anonymisé le/.test(m.subject));
    expect(warnings.map((m) => m.to)).toContain(claire.email);
    expect(warnings).toHaveLength(first.inactiveAccounts.warned);
    // A second pass the same day changes nothing.
    expect((await runRetentionJob(now1)).inactiveAccounts).toEqual({ warned: 0, anonymised: 0 });

    // Day 10: the revenant signs in. Day 29: nobody is anonymised yet.
    const signedIn = await authorizeSignIn(
      { email: revenant.email, password: "mot-de-passe-du-revenant" },
      {},
      new Date(now1.getTime() + 10 * DAY),
    );
    expect(signedIn?.id).toBe(revenant.id);
    expect(
      (await runRetentionJob(new Date(now1.getTime() + 29 * DAY))).inactiveAccounts.anonymised,
    ).toBe(0);

    // Day 31: the warned accounts still inactive are anonymised, as the erasure does.
    const now3 = new Date(now1.getTime() + 31 * DAY);
    const third = await runRetentionJob(now3);
    expect(third.inactiveAccounts.anonymised).toBe(first.inactiveAccounts.warned - 1);
    const erased = await user(claire.email).catch(() => null);
    expect(erased).toBeNull();
    const claireNow = await prisma.user.findUniqueOrThrow({ where: { id: claire.id } });
    expect(isAnonymizedEmail(claireNow.email)).toBe(true);
    expect(claireNow).toMatchObject({
      firstName: "Participant",
      passwordHash: null,
      anonymizedAt: now3,
    });
    const trace = await prisma.auditLog.findFirstOrThrow({
      where: { action: "user.erased", entityId: claire.id },
    });
    expect(trace).toMatchObject({
      actorUserId: null,
      data: expect.objectContaining({ reason: "inactivity" }),
    });
    const revenantNow = await prisma.user.findUniqueOrThrow({ where: { id: revenant.id } });
    expect(revenantNow).toMatchObject({
      anonymizedAt: null,
      inactivityWarnedAt: null,
      email: revenant.email,
    });
    expect((await user(lucas.email)).anonymizedAt).toBeNull();
    expect((await user(julien.email)).anonymizedAt).toBeNull();
    expect(await legalRows()).toBe(legalBefore);

    // The legal records' audit trail: training evidence 6 years, invoices 10 years.
    const ofClass = (prefixes: string[]) => ({
      OR: prefixes.map((p) => ({ action: { startsWith: p } })),
    });
    const training = ofClass(["registration.", "attendance.", "certificate.", "questionnaire."]);
    const billing = ofClass(["order.", "invoice.", "payment."]);
    const span = async (where: typeof training) => {
      const { _min, _max, _count } = await prisma.auditLog.aggregate({
        where,
        _min: { at: true },
        _max: { at: true },
        _count: { _all: true },
      });
      return { first: _min.at!.getTime(), last: _max.at!.getTime(), count: _count._all };
    };
    const t = await span(training);
    const b = await span(billing);
    expect(t.count).toBeGreaterThan(0);
    expect(b.count).toBeGreaterThan(0);
    const count = (where: typeof training) => prisma.auditLog.count({ where });
    await runRetentionJob(new Date(t.first + 6 * YEAR - DAY));
    expect(await count(training)).toBe(t.count);
    await runRetentionJob(new Date(t.last + 6 * YEAR + DAY));
    expect(await count(training)).toBe(0);
    expect(await count(billing)).toBe(b.count);
    await runRetentionJob(new Date(b.first + 10 * YEAR - DAY));
    expect(await count(billing)).toBe(b.count);
    await runRetentionJob(new Date(b.last + 10 * YEAR + DAY));
    expect(await count(billing)).toBe(0);
    // The records themselves are never deleted by the job.
    expect(await legalRows()).toBe(legalBefore);

    recordLine({
      scenario: "5. Retention job, clock moved 3 years + 1 month, then 6 and 10 years",
      requests: 0,
      errors: {},
      rowsExpected: legalBefore,
      rowsFound: await legalRows(),
      mailsExpected: first.inactiveAccounts.warned,
      mailsSent: warnings.length,
      note: `${first.inactiveAccounts.warned} warned, ${third.inactiveAccounts.anonymised} anonymised a month later (1 signed in since); held: internship, firm manager${sophieOwes ? ", unpaid invoice" : ""}; audit trail: training kept to 6 y, invoices to 10 y`,
    });
  });
});
