import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type Browser } from "playwright-core";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHandle } from "../../lib/db/client";
import { S3FileStorage } from "../../lib/storage/s3";
import { seedDemo } from "../../prisma/seed";
import { adminQuery, newName, serverUrl, withDatabaseName } from "../support/databases";
import { startSmtpServer, type SmtpTestServer } from "../support/smtp-test-server";

/*
 * Deploy as users will (issue 23): the production build in Next's standalone
 * form, assembled by deploy/assemble-standalone.sh exactly as the container
 * image holds it, copied out of the checkout (so nothing resolves from the
 * repository's node_modules), migrated by its own `node prisma/migrate.mjs`,
 * then started with `node server.js` in production mode on PostgreSQL, the S3
 * test server and the SMTP test server, with MAIL_WORKER=off as on a
 * Vercel-like host. A staff member confirms a registration in a browser; the
 * mail server is away at that moment, so the convocation waits in the queue
 * until a call of /api/cron/mail delivers it; a material uploaded lands in the
 * bucket and downloads back.
 *
 * It needs PostgreSQL (production refuses the embedded database): it runs in
 * the integration suite's PostgreSQL leg (DATABASE_URL set, as CI's second
 * leg does) and says it is skipped on the embedded database. It builds into
 * .next-deploy (about two minutes); DEPLOY_TEST_REUSE_BUILD=1 reuses a build
 * already there while working on the test itself.
 */
const onPostgres = Boolean(serverUrl());
if (!onPostgres) {
  console.info(
    "deploy.test.ts : ignoré sur la base embarquée (skipped on PGlite) ; il tourne avec DATABASE_URL (PostgreSQL).",
  );
}

const ROOT = path.resolve(import.meta.dirname, "../..");
const DIST = ".next-deploy";
/** The ports of this test's servers: app, SMTP, S3 (DEPLOY_TEST_PORT moves all three). */
const BASE_PORT = Number(process.env.DEPLOY_TEST_PORT ?? 3160);
const APP_PORT = BASE_PORT;
const SMTP_PORT = BASE_PORT + 1;
const S3_PORT = BASE_PORT + 2;
const ORIGIN = `http://localhost:${APP_PORT}`;
const CRON_SECRET = "secret-de-planification-du-test-de-deploiement";
const SMTP_USER = "parcours";
const SMTP_PASS = "mot-de-passe-smtp-deploiement";
const BUCKET = "parcours-deploy";
const STAFF = "organisme@demo.test";
const PASSWORD = "parcours-demo";

let work = "";
let appDir = "";
let databaseUrl = "";
let s3: S3rver | undefined;
let smtp: SmtpTestServer | undefined;
let server: ChildProcess | undefined;
let serverOutput = "";
let browser: Browser | undefined;

function run(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv }) {
  const result = spawnSync(command, args, {
    cwd: options.cwd ?? ROOT,
    env: options.env ?? process.env,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(" ")} : code ${result.status}\n${(result.stdout + result.stderr).slice(-4000)}`,
    );
  }
  return result.stdout + result.stderr;
}

/** The environment the container gives the server (compose.yaml), with this test's servers. */
function serverEnv(): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    PORT: String(APP_PORT),
    HOSTNAME: "127.0.0.1",
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: "deploy-test-secret-0123456789abcdef",
    NEXTAUTH_URL: ORIGIN,
    SMTP_URL: `smtp://${SMTP_USER}:${SMTP_PASS}@127.0.0.1:${SMTP_PORT}`,
    MAIL_FROM: "Parcours <no-reply@parcours.test>",
    STORAGE_DRIVER: "s3",
    S3_BUCKET: BUCKET,
    S3_REGION: "us-east-1",
    S3_ENDPOINT: `http://127.0.0.1:${S3_PORT}`,
    S3_ACCESS_KEY_ID: "S3RVER",
    S3_SECRET_ACCESS_KEY: "S3RVER",
    MAIL_WORKER: "off",
    RETENTION_JOB: "off",
    CRON_SECRET,
  };
}

async function waitForHealth(timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server?.exitCode !== null) break;
    try {
      if ((await fetch(`${ORIGIN}/api/health`)).status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`Le serveur autonome n'a pas démarré :\n${serverOutput.slice(-4000)}`);
}

const storage = () =>
  new S3FileStorage({
    bucket: BUCKET,
    region: "us-east-1",
    endpoint: `http://127.0.0.1:${S3_PORT}`,
    accessKeyId: "S3RVER",
    secretAccessKey: "S3RVER",
  });

describe.runIf(onPostgres)("deploy: the standalone server in production", () => {
  beforeAll(async () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), "parcours-deploy-"));
    appDir = path.join(work, "app");

    // 1. Build and assemble, as the Dockerfile does (there: .next and /app).
    if (!(
      process.env.DEPLOY_TEST_REUSE_BUILD === "1" && fs.existsSync(`${ROOT}/${DIST}/standalone`)
    )) {
      fs.writeFileSync(`${ROOT}/${DIST}.tsconfig.json`, '{ "extends": "./tsconfig.json" }\n');
      run(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
        env: {
          ...process.env,
          NODE_ENV: "production",
          PARCOURS_STANDALONE: "1",
          NEXT_DIST_DIR: DIST,
          NEXT_TELEMETRY_DISABLED: "1",
        },
      });
    }
    run("sh", ["deploy/assemble-standalone.sh", DIST, appDir], {});

    // 2. An empty database, migrated by the folder's own runner (compose's "migrate" step).
    databaseUrl = withDatabaseName(serverUrl()!, newName("parcours_deploy"));
    await adminQuery(`CREATE DATABASE "${new URL(databaseUrl).pathname.slice(1)}"`);
    const migrated = run(process.execPath, ["prisma/migrate.mjs"], {
      cwd: appDir,
      env: { PATH: process.env.PATH, DATABASE_URL: databaseUrl } as unknown as NodeJS.ProcessEnv,
    });
    expect(migrated).toMatch(/migration\(s\) appliquée\(s\)/);

    // 3. The S3 test server, then the demo seeded into that database and bucket.
    s3 = new S3rver({
      address: "127.0.0.1",
      port: S3_PORT,
      silent: true,
      directory: path.join(work, "s3"),
      configureBuckets: [{ name: BUCKET, configs: [] }],
    });
    await s3.run();
    const handle = await createHandle({ kind: "postgres", url: databaseUrl });
    try {
      await seedDemo(handle.prisma, { now: new Date(), storage: storage() });
    } finally {
      await handle.prisma.$disconnect();
    }

    // 4. The server, started as the image starts it. The SMTP server is not up yet.
    server = spawn(process.execPath, ["server.js"], {
      cwd: appDir,
      env: serverEnv(),
      stdio: ["ignore", "pipe", "pipe"],
    });
    server.stdout?.on("data", (chunk) => (serverOutput += chunk));
    server.stderr?.on("data", (chunk) => (serverOutput += chunk));
    await waitForHealth(120_000);
    browser = await chromium.launch({
      executablePath: ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) =>
        fs.existsSync(p),
      ),
      args: process.getuid?.() === 0 ? ["--no-sandbox"] : [],
    });
  }, 900_000);

  afterAll(async () => {
    await browser?.close();
    if (server && server.exitCode === null) {
      const exited = new Promise((resolve) => server!.once("exit", resolve));
      server.kill("SIGTERM");
      await exited;
    }
    await smtp?.close();
    await s3?.close();
    if (databaseUrl) {
      await adminQuery(
        `DROP DATABASE IF EXISTS "${new URL(databaseUrl).pathname.slice(1)}" WITH (FORCE)`,
      );
    }
    if (work) fs.rmSync(work, { recursive: true, force: true });
  }, 60_000);

  it("reports each dependency in production", async () => {
    const response = await fetch(`${ORIGIN}/api/health?dependencies=1`);
    expect(response.status).toBe(200);
    const { dependencies } = (await response.json()) as {
      dependencies: Record<string, { status: string; kind: string }>;
    };
    expect(dependencies.database).toEqual({ status: "ok", kind: "postgresql" });
    expect(dependencies.storage).toEqual({ status: "ok", kind: "s3" });
    // The SMTP server is not up yet.
    expect(dependencies.mail).toMatchObject({ status: "injoignable", kind: "smtp" });
  });

  it("confirms a registration, and the cron call delivers the convocation once the mail server is back", async () => {
    const handle = await createHandle({ kind: "postgres", url: databaseUrl });
    const db = handle.prisma;
    try {
      const pending = await db.registration.findFirstOrThrow({
        where: {
          status: "PENDING",
          session: {
            organization: { name: "CRFC Centre-Est" },
            status: "SCHEDULED",
            positioningRequired: false,
          },
        },
        select: {
          id: true,
          sessionId: true,
          participant: {
            select: { user: { select: { email: true, firstName: true, lastName: true } } },
          },
        },
        orderBy: { id: "asc" },
      });
      const user = pending.participant.user;
      const name = `${user.firstName} ${user.lastName}`;

      // Staff confirm it in the browser, through the real app.
      const page = await browser!.newPage({ baseURL: ORIGIN, locale: "fr-FR" });
      await page.goto("/connexion");
      await page.getByLabel("Adresse e-mail").fill(STAFF);
      await page.getByLabel("Mot de passe").fill(PASSWORD);
      await page.getByRole("button", { name: "Se connecter" }).click();
      await page.waitForURL((url) => !url.pathname.startsWith("/connexion"), { timeout: 30_000 });
      await page.goto(`/organisme/sessions/${pending.sessionId}`);
      await page.getByRole("button", { name: `Confirmer l'inscription de ${name}` }).click();
      await page
        .getByRole("status")
        .filter({ hasText: `${name} : inscription confirmée.` })
        .waitFor({ timeout: 30_000 });

      // The first attempt met no mail server: the message waits in the queue.
      const job = async () =>
        db.mailJob.findFirstOrThrow({ where: { to: user.email, registrationId: pending.id } });
      await expect
        .poll(async () => (await job()).lastError, { timeout: 30_000 })
        .toMatch(/ECONNREFUSED/);
      expect(await job()).toMatchObject({ status: "PENDING", attempts: 1 });

      // A wrong secret runs nothing.
      const refused = await fetch(`${ORIGIN}/api/cron/mail`, {
        headers: { authorization: "Bearer faux" },
      });
      expect(refused.status).toBe(401);
      expect((await job()).attempts).toBe(1);

      // The mail server is back and, a minute later, the retry is due: the scheduler calls.
      smtp = await startSmtpServer({ port: SMTP_PORT, auth: { user: SMTP_USER, pass: SMTP_PASS } });
      await db.mailJob.update({
        where: { id: (await job()).id },
        data: { nextAttemptAt: new Date(Date.now() - 1_000) },
      });
      const cron = await fetch(`${ORIGIN}/api/cron/mail`, {
        headers: { authorization: `Bearer ${CRON_SECRET}` },
      });
      expect(cron.status).toBe(200);
      expect(await cron.json()).toMatchObject({ job: "mail", sent: 1, remaining: 0 });
      expect(await job()).toMatchObject({ status: "SENT", attempts: 2 });

      const received = smtp.received.filter((m) => m.envelopeTo.includes(user.email));
      expect(received).toHaveLength(1);
      const mail = received[0]!;
      expect(mail.user).toBe(SMTP_USER);
      expect(mail.parsed.subject).toMatch(/^Inscription confirmée/);
      expect(mail.parsed.attachments).toHaveLength(1);
      expect(mail.parsed.attachments[0]!.filename).toMatch(/^Convocation .*\.pdf$/);
      expect(mail.parsed.attachments[0]!.content.subarray(0, 5).toString()).toBe("%PDF-");

      // A material uploaded by staff lands in the bucket and downloads back.
      const cookies = await page.context().cookies();
      const cookie = cookies.map((c) => `${c.name}=${c.value}`).join("; ");
      const bytes = new TextEncoder().encode(
        `%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF deploy ${Date.now()}\n`,
      );
      const form = new FormData();
      form.set("title", "Support du test de déploiement");
      form.set("type", "Guide");
      form.set("phase", "BEFORE");
      form.set("file", new File([bytes], "deploiement.pdf", { type: "application/pdf" }));
      const upload = await fetch(
        `${ORIGIN}/organisme/sessions/${pending.sessionId}/supports/televersement`,
        { method: "POST", body: form, headers: { cookie, origin: ORIGIN } },
      );
      expect(upload.status, await upload.clone().text()).toBe(200);
      const version = await db.trainingMaterialVersion.findFirstOrThrow({
        where: {
          material: { sessionId: pending.sessionId, title: "Support du test de déploiement" },
        },
        select: { storageKey: true, materialId: true },
      });
      const inBucket = await storage().get(version.storageKey);
      expect(inBucket).not.toBeNull();
      expect(new Uint8Array(await new Response(inBucket!.body).arrayBuffer())).toEqual(bytes);
      const download = await fetch(
        `${ORIGIN}/organisme/sessions/${pending.sessionId}/supports/${version.materialId}`,
        { headers: { cookie } },
      );
      expect(download.status).toBe(200);
      expect(new Uint8Array(await download.arrayBuffer())).toEqual(bytes);
      await page.close();
    } finally {
      await handle.prisma.$disconnect();
    }
  }, 180_000);

  // Last: its few seconds would let the server close the keep-alive connection that
  // fetch reuses next (Node's 5 s keepAliveTimeout), a race of the client, not of the app.
  it("refuses to start on a missing production variable, saying which", () => {
    const env = serverEnv();
    delete env.DATABASE_URL;
    delete env.SMTP_URL;
    const result = spawnSync(process.execPath, ["server.js"], {
      cwd: appDir,
      env: { ...env, PORT: String(APP_PORT + 3) },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    const output = result.stdout + result.stderr;
    expect(output).toContain("DATABASE_URL manque");
    expect(output).toContain("DATABASE_URL is missing");
    expect(output).toContain("SMTP_URL is missing");
    expect(output).not.toContain("STORAGE_DRIVER");
  }, 90_000);
});
