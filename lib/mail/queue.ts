import { getTransport, type MailMessage } from "./transport";

/**
 * Sending never blocks or breaks the action that triggers it: the message is
 * built and sent in the background, and a failure is logged and retried a few
 * times with a growing delay. The queue lives in the server process (no job
 * table): a message still waiting when the process stops is lost, which the
 * log shows. A durable queue (a MailJob table) is the next step for production.
 */
const DEFAULT_DELAYS_MS = [2_000, 10_000, 60_000];

let retryDelaysMs = DEFAULT_DELAYS_MS;
const pending = new Set<Promise<void>>();

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function deliver(label: string, build: () => Promise<MailMessage | null>): Promise<void> {
  let message: MailMessage | null;
  try {
    message = await build();
  } catch (error) {
    console.error(`[mail] ${label}: message impossible à préparer`, error);
    return;
  }
  if (!message) return;
  for (let attempt = 0; ; attempt++) {
    try {
      await getTransport().send(message);
      return;
    } catch (error) {
      const delay = retryDelaysMs[attempt];
      if (delay === undefined) {
        console.error(
          `[mail] ${label} à ${message.to}: abandon après ${attempt + 1} essais`,
          error,
        );
        return;
      }
      console.warn(
        `[mail] ${label} à ${message.to}: essai ${attempt + 1} échoué, nouvel essai`,
        error,
      );
      await sleep(delay);
    }
  }
}

/**
 * Queues a message. `build` runs after the caller's transaction (it may read
 * the database, render a PDF); returning null sends nothing. Never throws.
 */
export function queueMail(label: string, build: () => Promise<MailMessage | null>): void {
  const job = deliver(label, build).finally(() => pending.delete(job));
  pending.add(job);
}

/** Waits for every queued message (tests, and a graceful shutdown). */
export async function flushMail(): Promise<void> {
  while (pending.size > 0) await Promise.allSettled([...pending]);
}

/** Tests shorten the delays between attempts. */
export function setRetryDelaysForTests(delays: number[] | null) {
  retryDelaysMs = delays ?? DEFAULT_DELAYS_MS;
}
