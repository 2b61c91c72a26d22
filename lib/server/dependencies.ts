import "server-only";
import { getTransport } from "@/lib/mail/transport";
import { getStorage } from "@/lib/storage";

/**
 * What the server depends on, each with its own status, for an operator or a
 * monitoring probe (`/api/health?dependencies=1`): the database, the file
 * store and the mail transport. Checking storage and SMTP opens connections,
 * so the plain health check that hosts poll every few seconds asks the
 * database only.
 */
const CHECK_TIMEOUT_MS = 3_000;

export type DependencyStatus = { status: "ok" | "injoignable"; kind: string; error?: string };
export type DependencyReport = {
  database: DependencyStatus;
  storage: DependencyStatus;
  mail: DependencyStatus;
};

async function check(kind: string, run: () => Promise<unknown>): Promise<DependencyStatus> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      run(),
      new Promise((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`pas de réponse en ${CHECK_TIMEOUT_MS} ms`)),
          CHECK_TIMEOUT_MS,
        );
      }),
    ]);
    return { status: "ok", kind };
  } catch (error) {
    // The error's kind and message only: enough to act on, no stack, no credentials.
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return {
      status: "injoignable",
      kind,
      error: message.replace(/\/\/[^@\s]*@/g, "//***@").slice(0, 300),
    };
  } finally {
    clearTimeout(timer);
  }
}

export async function checkDependencies(databaseUp: boolean): Promise<DependencyReport> {
  const [storage, mail] = await Promise.all([
    check(process.env.STORAGE_DRIVER === "s3" ? "s3" : "disque local", () => getStorage().check()),
    check(process.env.SMTP_URL?.trim() ? "smtp" : "boîte d'envoi locale", async () => {
      await getTransport().verify?.();
    }),
  ]);
  const database: DependencyStatus = databaseUp
    ? { status: "ok", kind: process.env.DATABASE_URL?.trim() ? "postgresql" : "pglite" }
    : {
        status: "injoignable",
        kind: process.env.DATABASE_URL?.trim() ? "postgresql" : "pglite",
      };
  return { database, storage, mail };
}
