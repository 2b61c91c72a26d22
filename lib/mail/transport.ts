import crypto from "node:crypto";
import nodemailer from "nodemailer";
import type { Transporter } from "nodemailer";
import { constants as fsConstants } from "node:fs";
import fs from "node:fs/promises";
import { outboxDir, toOutboxAttachment, writeToOutbox } from "./outbox";

/** What the application hands to the transport. */
export type MailMessage = {
  to: string;
  subject: string;
  text: string;
  html: string;
  attachments?: { filename: string; contentType: string; content: Buffer }[];
  /** Extra headers ("List-Unsubscribe", ...), sent as given and recorded in the outbox. */
  headers?: Record<string, string>;
  /** What a weekly digest says of this message (a notice held for the digest). */
  summary?: string;
  /**
   * The Message-ID, stable across attempts (the queue derives it from its job):
   * a message sent again after a process died between the server's acceptance
   * and the job's update carries the same id, which mailboxes deduplicate.
   */
  messageId?: string;
};

export interface MailTransport {
  send(message: MailMessage): Promise<void>;
  /** Throws when messages could not go now (the health report's check). */
  verify?(): Promise<void>;
}

export function mailFrom(env: NodeJS.ProcessEnv = process.env): string {
  return env.MAIL_FROM?.trim() || "Parcours <no-reply@parcours-formation.fr>";
}

class SmtpTransport implements MailTransport {
  private transporter: Transporter;
  constructor(url: string) {
    this.transporter = nodemailer.createTransport({
      url,
      // Bounded, so that an attempt ends well within its claim's lease (lib/mail/queue):
      // nodemailer's defaults wait up to 2 min to connect and 10 min on a silent socket.
      connectionTimeout: 15_000,
      greetingTimeout: 15_000,
      socketTimeout: 60_000,
    });
  }
  async send(message: MailMessage): Promise<void> {
    // Everything but the digest summary, which is ours, not the message's.
    const { to, subject, text, html, attachments, headers, messageId } = message;
    await this.transporter.sendMail({
      ...(messageId ? { messageId } : {}),
      from: mailFrom(),
      to,
      subject,
      text,
      html,
      attachments,
      headers,
    });
  }
  async verify(): Promise<void> {
    await this.transporter.verify();
  }
}

class OutboxTransport implements MailTransport {
  async verify(): Promise<void> {
    await fs.mkdir(outboxDir(), { recursive: true });
    await fs.access(outboxDir(), fsConstants.W_OK);
  }
  async send(message: MailMessage): Promise<void> {
    const { to, subject, text, html } = message;
    await writeToOutbox({
      id: crypto.randomUUID(),
      createdAt: new Date().toISOString(),
      from: mailFrom(),
      to,
      headers: message.headers ?? {},
      subject,
      text,
      html,
      attachments: (message.attachments ?? []).map(toOutboxAttachment),
    });
  }
}

/**
 * The mail server refused the message itself for good (a 5xx answer to the
 * recipient or to the content: unknown address, rejected as spam): retrying
 * cannot help. A refused sign-in or an unreachable server is retried, since
 * the operator can fix it.
 */
export function isPermanentRefusal(error: unknown): boolean {
  const { code, responseCode } = (error ?? {}) as { code?: unknown; responseCode?: unknown };
  return (
    (code === "EENVELOPE" || code === "EMESSAGE") &&
    typeof responseCode === "number" &&
    responseCode >= 500 &&
    responseCode < 600
  );
}

/** SMTP when SMTP_URL is set ("smtps://user:pass@host:465"), otherwise the local outbox. */
export function transportFromEnv(env: NodeJS.ProcessEnv = process.env): MailTransport {
  const url = env.SMTP_URL?.trim();
  return url ? new SmtpTransport(url) : new OutboxTransport();
}

let transport: MailTransport | undefined;
let transportEnv: string | undefined;
export function getTransport(): MailTransport {
  // Rebuilt when SMTP_URL changes (tests switch it); otherwise one pooled transporter.
  const key = process.env.SMTP_URL ?? "";
  if (!transport || transportEnv !== key) {
    transport = transportFromEnv();
    transportEnv = key;
  }
  return transport;
}

/** Tests replace the transport (to make it fail, for instance); null restores the default. */
export function setTransportForTests(next: MailTransport | null) {
  transport = next ?? undefined;
  transportEnv = next ? (process.env.SMTP_URL ?? "") : undefined;
}
