import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { inject } from "vitest";
import { jobMessageId } from "../../../lib/mail/queue";
import type { Db } from "../../../lib/db/client";
import { retryAfterOfSignInError } from "../../../lib/security/rate-limit-message";
import { startInstance, waitHealthy, type Instance } from "./app";
import { BASE_PORT } from "./global-setup";
import type { Mailbox } from "./mailbox";

/** Two instances (A, B) of the standalone server on one database, and their mail server. */
export const PORTS = { a: BASE_PORT, b: BASE_PORT + 1, smtp: BASE_PORT + 2, pg: BASE_PORT + 3 };

export const storageDir = () => path.join(os.tmpdir(), "parcours-test-storage");

export function launch(
  name: "A" | "B",
  databaseUrl: string,
  env: Record<string, string> = {},
): Instance {
  return startInstance({
    appDir: inject("resilienceAppDir"),
    name,
    port: name === "A" ? PORTS.a : PORTS.b,
    databaseUrl,
    smtpPort: PORTS.smtp,
    storageDir: storageDir(),
    env,
  });
}

export async function launchHealthy(
  name: "A" | "B",
  databaseUrl: string,
  env: Record<string, string> = {},
): Promise<Instance> {
  const instance = launch(name, databaseUrl, env);
  await waitHealthy(instance);
  return instance;
}

/** One credentials sign-in through next-auth's own endpoint; the error code it answers, or "ok". */
export async function signIn(instance: Instance, email: string, password: string, address: string) {
  const csrf = await fetch(`${instance.origin}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const response = await fetch(`${instance.origin}/api/auth/callback/credentials`, {
    method: "POST",
    headers: {
      cookie,
      "content-type": "application/x-www-form-urlencoded",
      "x-forwarded-for": address,
      origin: instance.origin,
    },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
    redirect: "manual",
  });
  const { url } = (await response.json()) as { url: string };
  const error = new URL(url).searchParams.get("error");
  return {
    status: response.status,
    outcome: error === null ? "ok" : retryAfterOfSignInError(error) !== null ? "bloqué" : error,
  };
}

/** What the queue holds and what the mailbox received, job by job. */
export async function mailFigures(db: Db, mailbox: Mailbox) {
  const jobs = await db.mailJob.findMany({
    where: { status: { in: ["PENDING", "SENT", "FAILED"] } },
    select: { id: true, status: true, nextAttemptAt: true },
  });
  const delivered = new Map<string, number>();
  for (const d of mailbox.deliveries)
    delivered.set(d.messageId, (delivered.get(d.messageId) ?? 0) + 1);
  const ids = new Set(jobs.map((j) => jobMessageId(j.id)));
  return {
    expected: jobs.length,
    pending: jobs.filter((j) => j.status === "PENDING").length,
    failed: jobs.filter((j) => j.status === "FAILED").length,
    /** Jobs whose message reached the mailbox (once or more). */
    sent: jobs.filter((j) => delivered.has(jobMessageId(j.id))).length,
    /** Deliveries beyond the first of a job (the same Message-ID again). */
    repeatedDeliveries: [...delivered].reduce((sum, [id, n]) => sum + (ids.has(id) ? n - 1 : 0), 0),
    /** Deliveries that match no job (a message sent outside the queue). */
    strays: mailbox.deliveries.filter((d) => !ids.has(d.messageId)).length,
  };
}

export async function waitFor(check: () => Promise<boolean>, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`Délai dépassé : ${what}`);
}

export function keepLog(instance: Instance, file: string) {
  fs.writeFileSync(path.join(os.tmpdir(), file), instance.output());
}
