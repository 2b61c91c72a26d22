import fs from "node:fs/promises";
import path from "node:path";

/**
 * The local outbox: one JSON file per message under .data/outbox (OUTBOX_DIR
 * overrides). Used when no SMTP server is configured, so that the demo's
 * operator can read what would have been sent and the tests can assert on it.
 */
export type OutboxAttachment = {
  filename: string;
  contentType: string;
  size: number;
  /** The file itself, base64 (a convocation PDF is tens of kilobytes). */
  contentBase64: string;
};

/** An attachment as the outbox's file holds it. */
export function toOutboxAttachment(attachment: {
  filename: string;
  contentType: string;
  content: Buffer;
}): OutboxAttachment {
  return {
    filename: attachment.filename,
    contentType: attachment.contentType,
    size: attachment.content.length,
    contentBase64: attachment.content.toString("base64"),
  };
}

export type OutboxMessage = {
  id: string;
  createdAt: string;
  from: string;
  to: string;
  /** The message's extra headers (List-Unsubscribe, ...), for the operator to see. */
  headers: Record<string, string>;
  subject: string;
  text: string;
  html: string;
  attachments: OutboxAttachment[];
};

export function outboxDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(
    /*turbopackIgnore: true*/ process.cwd(),
    env.OUTBOX_DIR?.trim() || ".data/outbox",
  );
}

export async function writeToOutbox(message: OutboxMessage, dir = outboxDir()): Promise<string> {
  await fs.mkdir(dir, { recursive: true });
  // Time first so that a directory listing reads in sending order.
  const file = path.join(dir, `${message.createdAt.replace(/[:.]/g, "-")}-${message.id}.json`);
  // Written under a temporary name then renamed: a reader never sees half a message.
  const tmp = `${file}.tmp`;
  await fs.writeFile(tmp, JSON.stringify(message, null, 2), "utf8");
  await fs.rename(tmp, file);
  return file;
}

/** Every message of the outbox, oldest first (tests and the demo read it). */
export async function readOutbox(dir = outboxDir()): Promise<OutboxMessage[]> {
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return [];
  }
  const messages: OutboxMessage[] = [];
  for (const name of names.filter((n) => n.endsWith(".json")).sort()) {
    try {
      messages.push(JSON.parse(await fs.readFile(path.join(dir, name), "utf8")) as OutboxMessage);
    } catch {
      // A file being written by another process: skip it this time.
    }
  }
  return messages;
}
