import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { GET as mailRoute } from "../../app/api/cron/mail/route";
import { GET as noticesRoute } from "../../app/api/cron/notices/route";
import { GET as retentionRoute } from "../../app/api/cron/retention/route";
import { flushMail } from "../../lib/mail/queue";
import { setTransportForTests, type MailMessage } from "../../lib/mail/transport";
import { setupTestDatabase } from "../support/test-database";
import { withTestOutbox } from "../support/test-outbox";

/*
 * The scheduler's routes (/api/cron/*): a bearer secret or nothing runs, a
 * bounded slice per call that the next call resumes, and two calls at once
 * never send a message twice (the queue's claims).
 */
const { db } = setupTestDatabase("seeded");
withTestOutbox([60_000]);

const SECRET = "secret-de-planification-de-test";
const call = (route: (r: Request) => Promise<Response>, job: string, authorization?: string) =>
  route(
    new Request(`http://localhost/api/cron/${job}`, {
      headers: authorization ? { authorization } : {},
    }),
  );
const withSecret = (route: (r: Request) => Promise<Response>, job: string) =>
  call(route, job, `Bearer ${SECRET}`);

/** Due messages, as a failed first attempt or a frozen process leaves them. */
async function dueJobs(prefix: string, count: number) {
  const stored = { subject: "Sujet", text: "Texte", html: "<p>Texte</p>", attachments: [] };
  await (
    await db()
  ).mailJob.createMany({
    data: Array.from({ length: count }, (_, i) => ({
      label: "test",
      to: `${prefix}-${i}@exemple.test`,
      message: stored,
      nextAttemptAt: new Date(Date.now() - 1_000),
    })),
  });
}
const jobsOf = async (prefix: string) =>
  (await db()).mailJob.findMany({ where: { to: { startsWith: `${prefix}-` } } });

beforeEach(() => {
  process.env.CRON_SECRET = SECRET;
});
afterEach(async () => {
  await flushMail();
  setTransportForTests(null);
  delete process.env.CRON_SECRET;
  delete process.env.CRON_TIME_BUDGET_MS;
});

describe("the scheduler's secret", () => {
  it("without CRON_SECRET, the routes do not exist", async () => {
    delete process.env.CRON_SECRET;
    for (const [route, job] of [
      [mailRoute, "mail"],
      [noticesRoute, "notices"],
      [retentionRoute, "retention"],
    ] as const) {
      expect((await call(route, job, "Bearer ")).status).toBe(404);
      expect((await call(route, job, `Bearer ${SECRET}`)).status).toBe(404);
    }
  });

  it("answers 401 to a missing, wrong or other-scheme secret, and nothing runs", async () => {
    await dueJobs("refused", 2);
    const send = vi.fn(async (message: MailMessage) => void message);
    setTransportForTests({ send });
    for (const authorization of [
      undefined,
      "Bearer",
      `Bearer ${SECRET}x`,
      `Bearer ${SECRET.slice(0, -1)}`,
      `Basic ${Buffer.from(`cron:${SECRET}`).toString("base64")}`,
      SECRET,
    ]) {
      const response = await call(mailRoute, "mail", authorization);
      expect(response.status, String(authorization)).toBe(401);
      expect(await response.json()).toEqual({
        error: "Secret de planification absent ou invalide.",
      });
    }
    expect((await call(retentionRoute, "retention", "Bearer faux")).status).toBe(401);
    expect(send).not.toHaveBeenCalled();
    expect((await jobsOf("refused")).map((j) => [j.status, j.attempts])).toEqual([
      ["PENDING", 0],
      ["PENDING", 0],
    ]);
    await (await db()).mailJob.deleteMany({ where: { to: { startsWith: "refused-" } } });
  });
});

describe("/api/cron/mail", () => {
  it("sends the due messages and says what it did and what is left", async () => {
    await dueJobs("due", 3);
    const response = await withSecret(mailRoute, "mail");
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      job: "mail",
      sent: 3,
      retrying: 0,
      failed: 0,
      remaining: 0,
    });
    expect((await jobsOf("due")).every((j) => j.status === "SENT" && j.attempts === 1)).toBe(true);
  });

  it("stops at its time budget and the next call resumes where it stopped", async () => {
    process.env.CRON_TIME_BUDGET_MS = "300";
    await dueJobs("slow", 6);
    const send = vi.fn(() => new Promise<void>((resolve) => setTimeout(resolve, 150)));
    setTransportForTests({ send });
    const first = (await (await withSecret(mailRoute, "mail")).json()) as {
      sent: number;
      remaining: number;
    };
    expect(first.sent).toBeGreaterThan(0);
    expect(first.sent).toBeLessThan(6);
    expect(first.remaining).toBe(6 - first.sent);
    process.env.CRON_TIME_BUDGET_MS = "10000";
    const second = (await (await withSecret(mailRoute, "mail")).json()) as {
      sent: number;
      remaining: number;
    };
    expect(second).toMatchObject({ sent: 6 - first.sent, remaining: 0 });
    expect(send).toHaveBeenCalledTimes(6);
  });

  it("sends each message once when two calls run at once", async () => {
    await dueJobs("twice", 8);
    const sentTo: string[] = [];
    setTransportForTests({
      send: async (m) => {
        await new Promise((resolve) => setTimeout(resolve, 20));
        sentTo.push(m.to);
      },
    });
    const answers = await Promise.all([
      withSecret(mailRoute, "mail").then((r) => r.json() as Promise<{ sent: number }>),
      withSecret(mailRoute, "mail").then((r) => r.json() as Promise<{ sent: number }>),
    ]);
    expect(answers[0]!.sent + answers[1]!.sent).toBe(8);
    expect(sentTo.filter((to) => to.startsWith("twice-")).sort()).toEqual(
      Array.from({ length: 8 }, (_, i) => `twice-${i}@exemple.test`).sort(),
    );
  });

  it("leaves a failed attempt for a later call, with its error", async () => {
    await dueJobs("down", 1);
    vi.spyOn(console, "warn").mockImplementation(() => {});
    setTransportForTests({ send: () => Promise.reject(new Error("SMTP injoignable")) });
    expect(await (await withSecret(mailRoute, "mail")).json()).toMatchObject({
      sent: 0,
      retrying: 1,
      remaining: 0,
    });
    const [job] = await jobsOf("down");
    expect(job).toMatchObject({ status: "PENDING", attempts: 1, lastError: "SMTP injoignable" });
    expect(job!.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());
    vi.restoreAllMocks();
  });
});

describe("/api/cron/notices and /api/cron/retention", () => {
  it("announce what time made available, once, and purge what the policy no longer keeps", async () => {
    const first = await withSecret(noticesRoute, "notices");
    expect(first.status).toBe(200);
    const report = (await first.json()) as Record<string, unknown>;
    expect(report).toMatchObject({ job: "notices", settled: true });
    expect(typeof report.validationTests).toBe("number");
    // Dedupe keys: a second call announces nothing again.
    expect(await (await withSecret(noticesRoute, "notices")).json()).toMatchObject({
      validationTests: 0,
      certificates: 0,
    });

    const old = new Date(Date.now() - 400 * 86_400_000);
    await (
      await db()
    ).mailJob.create({
      data: {
        label: "test",
        to: "ancien@exemple.test",
        message: {},
        status: "SENT",
        sentAt: old,
        createdAt: old,
      },
    });
    const purge = await withSecret(retentionRoute, "retention");
    expect(purge.status).toBe(200);
    const purged = (await purge.json()) as { mailJobs: number };
    expect(purged.mailJobs).toBeGreaterThanOrEqual(1);
    expect(await (await db()).mailJob.count({ where: { to: "ancien@exemple.test" } })).toBe(0);
  });
});
