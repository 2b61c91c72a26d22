import { describe, expect, it } from "vitest";
import { purgeExpiredData } from "../../lib/privacy/retention";
import { setupTestDatabase } from "../support/test-database";

/*
 * The retention job on a fixed clock: each table loses exactly what the
 * policy (lib/privacy/retention.ts) no longer allows to keep, a day either
 * side of each limit.
 */
const { db } = setupTestDatabase("migrated");
const NOW = new Date("2026-11-27T03:00:00Z");
const DAY = 86_400_000;
const ago = (days: number, hours = 0) => new Date(NOW.getTime() - days * DAY - hours * 3_600_000);

describe("retention purge", () => {
  it("deletes expired links, old e-mails, stale counters and audit entries past their class's term", async () => {
    const prisma = await db();
    const user = await prisma.user.create({
      data: { email: "retention@exemple.test", firstName: "Ré", lastName: "Tention" },
    });
    const token = (name: string, fields: { expiresAt: Date; usedAt?: Date }) =>
      prisma.accountToken.create({
        data: {
          userId: user.id,
          purpose: "INVITATION",
          tokenHash: name,
          createdAt: new Date(fields.expiresAt.getTime() - 7 * DAY),
          ...fields,
        },
      });
    await token("used-31-days-ago", { expiresAt: ago(-5), usedAt: ago(31) });
    await token("used-29-days-ago", { expiresAt: ago(-5), usedAt: ago(29) });
    await token("expired-31-days-ago", { expiresAt: ago(31) });
    await token("expired-29-days-ago", { expiresAt: ago(29) });
    await token("still-valid", { expiresAt: ago(-1) });

    const mail = (label: string, fields: object) =>
      prisma.mailJob.create({
        data: { label, to: "retention@exemple.test", message: { subject: label }, ...fields },
      });
    await mail("sent-31", { status: "SENT", sentAt: ago(31), createdAt: ago(31) });
    await mail("sent-29", { status: "SENT", sentAt: ago(29), createdAt: ago(29) });
    await mail("failed-91", { status: "FAILED", createdAt: ago(91) });
    await mail("failed-89", { status: "FAILED", createdAt: ago(89) });
    await mail("pending-400", { status: "PENDING", createdAt: ago(400) });

    await prisma.rateLimitBucket.createMany({
      data: [
        { key: "stale", windowStartedAt: ago(2), updatedAt: ago(1, 1) },
        { key: "recent", windowStartedAt: ago(1), updatedAt: ago(0, 23) },
      ],
    });

    const audit = (action: string, days: number) => ({
      action,
      entityType: "Test",
      entityId: `${action}@${days}`,
      at: ago(days),
    });
    await prisma.auditLog.createMany({
      data: [
        audit("user.invited", 366),
        audit("user.invited", 364),
        audit("grant.revoked", 366),
        audit("registration.confirmed", 366),
        audit("registration.confirmed", 6 * 365 + 1),
        audit("questionnaire.submitted", 6 * 365 - 1),
        audit("user.erased", 6 * 365 - 1),
        audit("user.erased", 6 * 365 + 1),
        audit("payment.recorded", 6 * 365 + 1),
        audit("invoice.issued", 10 * 365 - 1),
        audit("order.created", 10 * 365 + 1),
      ],
    });

    expect(await purgeExpiredData(prisma, NOW)).toEqual({
      accountTokens: 2,
      auditEntries: 5,
      mailJobs: 2,
      rateLimitBuckets: 1,
    });
    const left = async () => ({
      tokens: (await prisma.accountToken.findMany({ select: { tokenHash: true } }))
        .map((t) => t.tokenHash)
        .sort(),
      mails: (await prisma.mailJob.findMany({ select: { label: true } }))
        .map((m) => m.label)
        .sort(),
      buckets: (await prisma.rateLimitBucket.findMany({ select: { key: true } })).map((b) => b.key),
      audit: (await prisma.auditLog.findMany({ select: { entityId: true } }))
        .map((a) => a.entityId)
        .sort(),
    });
    expect(await left()).toEqual({
      tokens: ["expired-29-days-ago", "still-valid", "used-29-days-ago"],
      mails: ["failed-89", "pending-400", "sent-29"],
      buckets: ["recent"],
      audit: [
        "invoice.issued@3649",
        "payment.recorded@2191",
        "questionnaire.submitted@2189",
        "registration.confirmed@366",
        "user.erased@2189",
        "user.invited@364",
      ],
    });
    // Run again: nothing more to do (the daily job is idempotent).
    expect(await purgeExpiredData(prisma, NOW)).toEqual({
      accountTokens: 0,
      auditEntries: 0,
      mailJobs: 0,
      rateLimitBuckets: 0,
    });
  });
});
