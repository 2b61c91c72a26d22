import fs from "node:fs/promises";
import path from "node:path";
import { expect } from "@playwright/test";

/**
 * The server's local outbox (lib/mail/outbox.ts writes one JSON file per
 * message there when no SMTP server is configured). By default the outbox of
 * the server that the current test's baseURL names (e2e/support/test.ts sets
 * OUTBOX_DIR in the worker when it gives a test its server).
 */
const currentOutbox = () => path.resolve(process.env.OUTBOX_DIR ?? ".data/outbox");

export type Mail = {
  to: string;
  /** List-Unsubscribe and the like (lib/mail/outbox.ts records them). */
  headers?: Record<string, string>;
  subject: string;
  text: string;
  attachments: { filename: string; contentType: string; size: number }[];
};

export async function mailsTo(email: string, outbox = currentOutbox()): Promise<Mail[]> {
  let names: string[] = [];
  try {
    names = await fs.readdir(outbox);
  } catch {
    return [];
  }
  const mails: Mail[] = [];
  for (const name of names.filter((n) => n.endsWith(".json"))) {
    try {
      const mail = JSON.parse(await fs.readFile(path.join(outbox, name), "utf8")) as Mail;
      if (mail.to === email) mails.push(mail);
    } catch {
      // Being written: read it at the next poll.
    }
  }
  return mails;
}

export async function waitForMail(
  email: string,
  subject: RegExp,
  options: { outbox?: string; timeout?: number } = {},
): Promise<Mail> {
  let found: Mail | undefined;
  await expect
    .poll(
      async () =>
        (found = (await mailsTo(email, options.outbox)).find((m) => subject.test(m.subject))),
      { timeout: options.timeout ?? 20_000 },
    )
    .toBeDefined();
  return found!;
}
