import { after } from "next/server";
import { isAnonymizedEmail } from "@/lib/anonymized-address";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/db/generated/client";
import type { MailJobStatus, NotificationCategory } from "@/lib/db/generated/enums";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { getTransport, isPermanentRefusal, type MailMessage } from "./transport";

/**
 * Sending never blocks or breaks the action that triggers it. A message is
 * built in the background after the caller's transaction, stored as built in
 * the MailJob table, then sent. A failed attempt is logged and retried with a
 * growing delay, first by this process and, if it stops, by any instance's
 * worker (lib/jobs/mail-worker.ts): a restart never loses a message.
 *
 * Every attempt first *claims* the job (a conditional update that moves its
 * next attempt past a lease): two instances never send the same job at once.
 *
 * Hand-made on purpose: the Postgres job libraries (pg-boss, Graphile Worker)
 * expect a PostgreSQL server behind a node-postgres pool (several connections,
 * LISTEN/NOTIFY, advisory locks), and none of them runs on the embedded PGlite
 * that the demo and the tests open in-process, one connection and no server.
 * A table, a claim and a retry ladder work on both databases alike.
 */
const DEFAULT_DELAYS_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 3_600_000, 12 * 3_600_000];
/**
 * A sender that died mid-attempt (a killed instance) leaves its job to others
 * after this long: longer than an attempt can last (the SMTP transport's
 * timeouts), so a live sender is never doubled. MAIL_CLAIM_LEASE_MS changes it.
 */
function claimLeaseMs(): number {
  const value = Number(process.env.MAIL_CLAIM_LEASE_MS);
  return Number.isFinite(value) && value > 0 ? value : 5 * 60_000;
}

/** The Message-ID of a job's every attempt (see MailMessage.messageId). */
export function jobMessageId(jobId: string): string {
  return `<${jobId}.job@parcours.mail>`;
}

/**
 * The queue's state lives on globalThis: a production server may load this
 * module more than once (instrumentation, pages, route handlers each get a
 * bundle), and the shutdown started from instrumentation must wait for the
 * messages that pages queued.
 */
type QueueState = {
  retryDelaysMs: number[];
  pending: Set<Promise<void>>;
  /** Jobs this process is sending now, so the worker does not start them twice. */
  active: Set<string>;
  /** Set by drainMail: retries waiting in this process are left to the worker. */
  stopping: boolean;
  sleepers: Set<() => void>;
};
const STATE_KEY = Symbol.for("parcours.mail.queue");
const state: QueueState = ((globalThis as Record<symbol, unknown>)[STATE_KEY] as
  QueueState | undefined) ?? {
  retryDelaysMs: DEFAULT_DELAYS_MS,
  pending: new Set(),
  active: new Set(),
  stopping: false,
  sleepers: new Set(),
};
(globalThis as Record<symbol, unknown>)[STATE_KEY] = state;
const { pending, active, sleepers } = state;

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => {
    const wake = () => {
      clearTimeout(timer);
      sleepers.delete(wake);
      resolve();
    };
    const timer = setTimeout(wake, ms);
    sleepers.add(wake);
  });
}

export type StoredMessage = {
  subject: string;
  text: string;
  html: string;
  attachments: { filename: string; contentType: string; base64: string }[];
  headers?: Record<string, string>;
  summary?: string;
};

/** The form a message is stored in (exported for jobs written by other modules, like a digest). */
export function toStored(message: MailMessage): StoredMessage {
  return {
    ...(message.headers ? { headers: message.headers } : {}),
    ...(message.summary ? { summary: message.summary } : {}),
    subject: message.subject,
    text: message.text,
    html: message.html,
    attachments: (message.attachments ?? []).map((a) => ({
      filename: a.filename,
      contentType: a.contentType,
      base64: a.content.toString("base64"),
    })),
  };
}

function fromStored(to: string, stored: StoredMessage): MailMessage {
  return {
    to,
    subject: stored.subject,
    text: stored.text,
    html: stored.html,
    ...(stored.headers ? { headers: stored.headers } : {}),
    attachments: stored.attachments.map((a) => ({
      filename: a.filename,
      contentType: a.contentType,
      content: Buffer.from(a.base64, "base64"),
    })),
  };
}

type AttemptOutcome =
  { done: true; result: "sent" | "failed" | "taken" } | { done: false; retryInMs: number };

/** One attempt at one job; never throws. */
async function attempt(jobId: string): Promise<AttemptOutcome> {
  const db = await getDb();
  const now = new Date();
  const claimed = await db.mailJob.updateMany({
    where: { id: jobId, status: "PENDING", nextAttemptAt: { lte: now } },
    data: { nextAttemptAt: new Date(now.getTime() + claimLeaseMs()), attempts: { increment: 1 } },
  });
  if (claimed.count === 0) return { done: true, result: "taken" }; // sent, failed for good, or someone else's now
  const job = await db.mailJob.findUniqueOrThrow({ where: { id: jobId } });
  try {
    await getTransport().send({
      ...fromStored(job.to, job.message as StoredMessage),
      messageId: jobMessageId(jobId),
    });
    await db.mailJob.update({
      where: { id: jobId },
      data: { status: "SENT", sentAt: new Date(), lastError: null },
    });
    return { done: true, result: "sent" };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const delay = isPermanentRefusal(error) ? undefined : state.retryDelaysMs[job.attempts - 1];
    if (delay === undefined) {
      console.error(`[mail] ${job.label} à ${job.to}: abandon après ${job.attempts} essais`, error);
      await db.mailJob.update({
        where: { id: jobId },
        data: { status: "FAILED", lastError: reason.slice(0, 2000) },
      });
      return { done: true, result: "failed" };
    }
    console.warn(
      `[mail] ${job.label} à ${job.to}: essai ${job.attempts} échoué, nouvel essai`,
      error,
    );
    await db.mailJob.update({
      where: { id: jobId },
      data: { nextAttemptAt: new Date(Date.now() + delay), lastError: reason.slice(0, 2000) },
    });
    return { done: false, retryInMs: delay };
  }
}

/**
 * A host without a long-lived process (MAIL_WORKER=off) may freeze this one
 * right after the answer: a retry waiting here would never come, so retries
 * are left to the scheduler's call of /api/cron/mail (lib/jobs/cron.ts).
 */
function retriesInProcess(): boolean {
  return process.env.MAIL_WORKER !== "off";
}

/** Sends a job, retrying in this process while it lives. */
async function deliverJob(jobId: string): Promise<void> {
  if (active.has(jobId)) return;
  active.add(jobId);
  try {
    for (;;) {
      const outcome = await attempt(jobId);
      // When stopping, or when a scheduler sends the retries (MAIL_WORKER=off), the job waits in the table.
      if (outcome.done || state.stopping || !retriesInProcess()) return;
      await sleep(outcome.retryInMs);
      if (state.stopping) return;
    }
  } catch (error) {
    // The database itself failed: the job stays PENDING and the worker retries it.
    console.error(`[mail] envoi ${jobId} interrompu`, error);
  } finally {
    active.delete(jobId);
  }
}

function track(job: Promise<void>) {
  const tracked = job.finally(() => pending.delete(tracked));
  pending.add(tracked);
  if (!retriesInProcess()) keepRequestAliveFor(tracked);
}

/**
 * A message is stored and first tried after the answer. A host that freezes
 * the process once the answer is sent (MAIL_WORKER=off) is asked to wait for
 * that work first (Next's after(): waitUntil on Vercel), or the message could
 * be lost before it is stored. Outside a request (tests, scripts, the
 * scheduler's slices) after() throws and there is nothing to extend.
 */
function keepRequestAliveFor(work: Promise<void>) {
  try {
    after(work);
  } catch {
    // Not within a request.
  }
}

export type QueueOptions = {
  /** A notification that must go once per key ("certificate-available:<registrationId>"). */
  dedupeKey?: string;
  /** Recorded on the job: what kind of notice it is and whose (the weekly digest reads both). */
  category?: NotificationCategory;
  userId?: string;
  /**
   * Asked before the message is built: send it now, hold it for a later
   * digest, or record it as not sent (the caller's rules decide; the queue
   * only obeys). Sent now when absent.
   */
  routing?: () => Promise<MailRouting>;
  /** The registration the message is about: its organization's back office lists it if it fails. */
  registrationId?: string;
};

export type MailRouting = "SEND" | "HOLD" | "SKIP";

async function storeAndSend(
  label: string,
  build: () => Promise<MailMessage | null>,
  options: QueueOptions,
): Promise<void> {
  let message: MailMessage | null;
  let routing: MailRouting = "SEND";
  try {
    const db = await getDb();
    if (options.dedupeKey) {
      const already = await db.mailJob.findUnique({
        where: { dedupeKey: options.dedupeKey },
        select: { id: true },
      });
      if (already) return;
    }
    if (options.routing) routing = await options.routing();
    message = routing === "SKIP" ? null : await build();
  } catch (error) {
    console.error(`[mail] ${label}: message impossible à préparer`, error);
    return;
  }
  if (routing === "SKIP") {
    // Kept (without its content) so that a deduplicated notice is not reconsidered every minute.
    await storeJob(label, "", {}, "SKIPPED", options);
    return;
  }
  if (!message) return;
  // An erased account keeps a placeholder address that must never be written to.
  if (isAnonymizedEmail(message.to)) return;
  const status = routing === "HOLD" ? "HELD" : "PENDING";
  const jobId = await storeJob(label, message.to, toStored(message), status, options);
  if (jobId && status === "PENDING") await deliverJob(jobId);
}

/** Stores a job; null when it could not be (logged) or is a duplicate. */
async function storeJob(
  label: string,
  to: string,
  message: StoredMessage | Record<string, never>,
  status: MailJobStatus,
  options: QueueOptions,
): Promise<string | null> {
  try {
    const job = await (
      await getDb()
    ).mailJob.create({
      data: {
        label,
        to,
        status,
        dedupeKey: options.dedupeKey ?? null,
        category: options.category ?? null,
        userId: options.userId ?? null,
        registrationId: options.registrationId ?? null,
        message: message as Prisma.InputJsonValue,
      },
      select: { id: true },
    });
    return job.id;
  } catch (error) {
    // The only unique column besides the id: the same notification, queued twice at once.
    if (isUniqueViolation(error)) return null;
    console.error(`[mail] ${label} à ${to}: message impossible à enregistrer`, error);
    return null;
  }
}

/**
 * Queues a message. `build` runs after the caller's transaction (it may read
 * the database, render a PDF); returning null sends nothing. Never throws.
 */
export function queueMail(
  label: string,
  build: () => Promise<MailMessage | null>,
  options: QueueOptions = {},
): void {
  track(storeAndSend(label, build, options));
}

/**
 * Runs work that prepares notifications (loads data, then queues mail) after
 * the caller answered: a failure is logged, never thrown, and flushMail waits
 * for it like for a message.
 */
export function inBackground(label: string, work: () => Promise<unknown>): void {
  track(
    work().then(
      () => undefined,
      (error: unknown) => console.error(`[mail] ${label}: préparation interrompue`, error),
    ),
  );
}

/**
 * Picks up every job whose next attempt is due (left by a failed attempt or
 * by a process that stopped) and sends it. Returns how many were started.
 */
export async function resumeDueMail(now: Date = new Date(), limit = 50): Promise<number> {
  const due = await (
    await getDb()
  ).mailJob.findMany({
    where: { status: "PENDING", nextAttemptAt: { lte: now } },
    orderBy: { nextAttemptAt: "asc" },
    take: limit,
    select: { id: true },
  });
  const fresh = due.filter((job) => !active.has(job.id));
  for (const job of fresh) track(deliverJob(job.id));
  return fresh.length;
}

export type DueMailReport = { sent: number; retrying: number; failed: number; remaining: number };

/**
 * For a scheduler's call: one attempt at each due job, oldest first, until
 * `deadline` (epoch ms); no retry waits here, a failed attempt is due again
 * later. Claims keep two calls at once from sending a job twice. `remaining`
 * counts the jobs still due when the time ran out.
 */
export async function sendDueMail(deadline: number): Promise<DueMailReport> {
  const db = await getDb();
  const report: DueMailReport = { sent: 0, retrying: 0, failed: 0, remaining: 0 };
  const seen = new Set<string>();
  const due = () => ({ status: "PENDING" as const, nextAttemptAt: { lte: new Date() } });
  // At least one attempt per call, however slow the database: every call makes progress.
  let attempted = 0;
  while (attempted === 0 || Date.now() < deadline) {
    const batch = await db.mailJob.findMany({
      where: due(),
      orderBy: { nextAttemptAt: "asc" },
      take: 20,
      select: { id: true },
    });
    const fresh = batch.filter((job) => !seen.has(job.id) && !active.has(job.id));
    if (fresh.length === 0) break;
    for (const { id } of fresh) {
      if (attempted > 0 && Date.now() >= deadline) break;
      attempted++;
      seen.add(id);
      active.add(id);
      try {
        const outcome = await attempt(id);
        if (!outcome.done) report.retrying++;
        else if (outcome.result === "sent") report.sent++;
        else if (outcome.result === "failed") report.failed++;
      } finally {
        active.delete(id);
      }
    }
  }
  report.remaining = await db.mailJob.count({ where: due() });
  return report;
}

/** Waits for every message this process is building or sending (tests, shutdown). */
export async function flushMail(): Promise<void> {
  while (pending.size > 0) await Promise.allSettled([...pending]);
}

/**
 * For a graceful shutdown: finishes the attempts under way, leaves the
 * retries that are waiting to the next process's worker (they are stored).
 */
export async function drainMail(): Promise<void> {
  state.stopping = true;
  for (const wake of [...sleepers]) wake();
  try {
    await flushMail();
  } finally {
    state.stopping = false;
  }
}

/** Tests shorten the delays between attempts; null restores the defaults. */
export function setRetryDelaysForTests(delays: number[] | null) {
  state.retryDelaysMs = delays ?? DEFAULT_DELAYS_MS;
}
