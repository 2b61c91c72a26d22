import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import { readOutbox } from "../../lib/mail/outbox";
import { flushMail, setRetryDelaysForTests } from "../../lib/mail/queue";
import { setTransportForTests } from "../../lib/mail/transport";

/**
 * A test file's own outbox (a temporary folder, no SMTP) with short retry
 * delays; everything is waited for and put back after the file.
 */
export function withTestOutbox(retryDelaysMs: number[]) {
  let dir = "";
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "parcours-outbox-"));
    process.env.OUTBOX_DIR = dir;
    delete process.env.SMTP_URL;
    setRetryDelaysForTests(retryDelaysMs);
  });
  afterAll(async () => {
    await flushMail();
    setTransportForTests(null);
    setRetryDelaysForTests(null);
    delete process.env.OUTBOX_DIR;
    await fs.rm(dir, { recursive: true, force: true });
  });
  return { read: () => readOutbox(dir) };
}
