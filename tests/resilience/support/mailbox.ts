import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

/**
 * The SMTP server of the suite: a mailbox that records every delivery with its
 * Message-ID. It commits a message as a real server does, when it answers 250:
 * a client that disconnects (a killed instance) before that answer has
 * delivered nothing. `acceptMs` makes each message take that long, one at a
 * time, so that a test can kill an instance while it is sending.
 */
export type Delivery = { messageId: string; to: string[]; subject: string; at: number };

export type Mailbox = {
  deliveries: Delivery[];
  /** Distinct Message-IDs: what a reader sees once mailboxes drop a repeated id. */
  distinct: () => Set<string>;
  /** Message-IDs delivered more than once. */
  repeated: () => string[];
  close: () => Promise<void>;
};

export async function startMailbox(
  port: number,
  options: { acceptMs?: number } = {},
): Promise<Mailbox> {
  const deliveries: Delivery[] = [];
  const closed = new Set<string>();
  let queue = Promise.resolve();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    logger: false,
    maxClients: 500,
    onClose(session) {
      closed.add(session.id);
    },
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (parsed) => {
          queue = queue.then(async () => {
            if (options.acceptMs) await new Promise((r) => setTimeout(r, options.acceptMs));
            if (closed.has(session.id)) {
              callback(new Error("client parti"));
              return;
            }
            deliveries.push({
              messageId: parsed.messageId ?? "",
              to: session.envelope.rcptTo.map((r) => r.address),
              subject: parsed.subject ?? "",
              at: Date.now(),
            });
            callback();
          });
        },
        (error: Error) => callback(error),
      );
    },
  });
  server.on("error", () => {});
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  return {
    deliveries,
    distinct: () => new Set(deliveries.map((d) => d.messageId)),
    repeated: () => {
      const seen = new Map<string, number>();
      for (const d of deliveries) seen.set(d.messageId, (seen.get(d.messageId) ?? 0) + 1);
      return [...seen].filter(([, n]) => n > 1).map(([id]) => id);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
