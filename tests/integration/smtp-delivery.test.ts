import fs from "node:fs";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { flushMail, queueMail } from "../../lib/mail/queue";
import { setTransportForTests } from "../../lib/mail/transport";
import { listFailedMail } from "../../lib/organizations/failed-mail";
import { decideRegistrations } from "../../lib/organizations/registrations";
import {
  freePort,
  selfSignedCertificate,
  startSmtpServer,
  type SmtpTestServer,
  type TestCertificate,
} from "../support/smtp-test-server";
import { setupTestDatabase } from "../support/test-database";
import { viewerFor } from "../support/viewers";

/*
 * The SMTP transport against a real SMTP server (smtp-server, on a local port,
 * TLS with a certificate made here, a sign-in required): what arrives is parsed
 * back with mailparser. A server that cannot be reached or refuses the sign-in
 * leaves the message queued for a later attempt; an address the server refuses
 * for good (5xx) fails at once, and the organization's back office says why.
 */
const { db } = setupTestDatabase("seeded");

const USER = "parcours";
const PASS = "mot-de-passe-smtp";
let tls: TestCertificate;
let server: SmtpTestServer;
const UNKNOWN = "adresse-inconnue@exemple.test";

/** The transport's URL: implicit TLS, trusting the test's certificate (verification stays on). */
const smtpUrl = (opts: { port?: number; pass?: string; trust?: boolean } = {}) => {
  const url = new URL(`smtps://127.0.0.1:${opts.port ?? server.port}`);
  url.username = USER;
  url.password = opts.pass ?? PASS;
  if (opts.trust ?? true) url.searchParams.set("tls.ca", tls.cert);
  return url.toString();
};

beforeAll(async () => {
  tls = selfSignedCertificate();
  server = await startSmtpServer({
    tls,
    auth: { user: USER, pass: PASS },
    unknownAddresses: [UNKNOWN],
  });
  // One attempt per message here; later attempts are the scheduler's (lib/jobs/cron).
  process.env.MAIL_WORKER = "off";
  vi.spyOn(console, "warn").mockImplementation(() => {});
  vi.spyOn(console, "error").mockImplementation(() => {});
});
afterEach(async () => {
  await flushMail();
  setTransportForTests(null);
});
afterAll(async () => {
  delete process.env.SMTP_URL;
  delete process.env.MAIL_WORKER;
  vi.restoreAllMocks();
  await server.close();
  fs.rmSync(tls.dir, { recursive: true, force: true });
});

const nadia = () => viewerFor("organisme@demo.test");

async function pendingRegistration(skip: number) {
  return (await db()).registration.findFirstOrThrow({
    where: {
      status: "PENDING",
      session: {
        organization: { name: "CRFC Centre-Est" },
        status: "SCHEDULED",
        positioningRequired: false,
      },
    },
    select: { id: true, sessionId: true, participant: { select: { user: true } } },
    orderBy: { id: "asc" },
    skip,
  });
}

const jobTo = async (to: string) =>
  (await db()).mailJob.findFirstOrThrow({ where: { to }, orderBy: { createdAt: "desc" } });

const plainMessage = (to: string) => async () => ({
  to,
  subject: "Essai",
  text: "Texte",
  html: "<p>Texte</p>",
});

describe("SMTP delivery", () => {
  it("delivers a confirmation over TLS, signed in, with its convocation PDF intact", async () => {
    process.env.SMTP_URL = smtpUrl();
    const registration = await pendingRegistration(0);
    const email = registration.participant.user.email;
    await decideRegistrations(await nadia(), {
      sessionId: registration.sessionId,
      registrationIds: [registration.id],
      decision: "confirm",
    });
    await flushMail();

    const job = await jobTo(email);
    expect(job).toMatchObject({ status: "SENT", attempts: 1, registrationId: registration.id });
    const mail = server.received.find((m) => m.envelopeTo.includes(email));
    expect(mail).toBeDefined();
    expect(mail!.secure).toBe(true);
    expect(mail!.user).toBe(USER);
    expect(mail!.parsed.subject).toMatch(/^Inscription confirmée/);
    expect(mail!.parsed.text).toContain("est confirmée");
    expect(mail!.parsed.html).toContain('<html lang="fr">');
    const [pdf] = mail!.parsed.attachments;
    expect(mail!.parsed.attachments).toHaveLength(1);
    expect(pdf!.contentType).toBe("application/pdf");
    expect(pdf!.filename).toMatch(/^Convocation .*\.pdf$/);
    // Byte for byte what the queue stored.
    const stored = (job.message as { attachments: { base64: string }[] }).attachments[0]!;
    expect(pdf!.content.equals(Buffer.from(stored.base64, "base64"))).toBe(true);
    expect(pdf!.content.subarray(0, 5).toString()).toBe("%PDF-");
  });

  it("refuses a server whose certificate it cannot trust, and keeps the message for later", async () => {
    process.env.SMTP_URL = smtpUrl({ trust: false });
    const before = server.received.length;
    queueMail("essai", plainMessage("tls@exemple.test"));
    await flushMail();
    const job = await jobTo("tls@exemple.test");
    expect(job).toMatchObject({ status: "PENDING", attempts: 1 });
    expect(job.lastError).toMatch(/self[- ]signed certificate/i);
    expect(job.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());
    expect(server.received.length).toBe(before);
  });

  it("keeps the message for later when the sign-in is refused", async () => {
    process.env.SMTP_URL = smtpUrl({ pass: "mauvais" });
    const before = server.received.length;
    queueMail("essai", plainMessage("auth@exemple.test"));
    await flushMail();
    const job = await jobTo("auth@exemple.test");
    expect(job).toMatchObject({ status: "PENDING", attempts: 1 });
    expect(job.lastError).toMatch(/535/);
    expect(server.received.length).toBe(before);
  });

  it("keeps the message queued for a retry when the connection is refused", async () => {
    process.env.SMTP_URL = smtpUrl({ port: await freePort() });
    queueMail("essai", plainMessage("refused@exemple.test"));
    await flushMail();
    const job = await jobTo("refused@exemple.test");
    expect(job).toMatchObject({ status: "PENDING", attempts: 1 });
    expect(job.lastError).toMatch(/ECONNREFUSED/);
    expect(job.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 30_000);
  });

  it("fails at once for an address the server refuses (5xx), and the back office says why", async () => {
    process.env.SMTP_URL = smtpUrl();
    const registration = await pendingRegistration(1);
    queueMail("inscription confirmée", plainMessage(UNKNOWN), { registrationId: registration.id });
    await flushMail();
    const job = await jobTo(UNKNOWN);
    expect(job).toMatchObject({ status: "FAILED", attempts: 1 });
    expect(job.lastError).toMatch(/550/);

    const failed = await listFailedMail(await nadia());
    const user = registration.participant.user;
    expect(failed).toContainEqual(
      expect.objectContaining({
        id: job.id,
        to: UNKNOWN,
        label: "inscription confirmée",
        participantName: `${user.firstName} ${user.lastName}`,
        reason: expect.stringContaining("adresse inconnue"),
      }),
    );
    // Another organization's staff never sees it.
    const other = await (
      await db()
    ).organizationStaff.findFirstOrThrow({
      where: { organization: { name: "SUPEXPRTISE Paris" } },
      select: { user: { select: { email: true } } },
    });
    expect(
      (await listFailedMail(await viewerFor(other.user.email))).map((m) => m.id),
    ).not.toContain(job.id);
  });
});
