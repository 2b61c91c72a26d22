import type { PGlite } from "@electric-sql/pglite";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "./generated/client";
import { openPglite } from "./pglite";
import { recordQuery } from "./query-count";
import { resolveDatabaseTarget, type DatabaseTarget } from "./target";

export type Db = PrismaClient;

type Handle = { prisma: PrismaClient; pglite?: PGlite };

/**
 * One client per process, kept on globalThis so that dev reloads reuse it
 * (a second PGlite on the same directory would corrupt it).
 */
const globalForDb = globalThis as unknown as { __parcoursDb?: Promise<Handle> };

function clientWith(adapter: SqlDriverAdapterFactory): PrismaClient {
  const client = new PrismaClient<{
    adapter: SqlDriverAdapterFactory;
    log: [{ emit: "event"; level: "query" }];
  }>({
    adapter,
    log: [{ emit: "event", level: "query" }],
  });
  client.$on("query", recordQuery);
  return client as unknown as PrismaClient;
}

export async function createHandle(target: DatabaseTarget): Promise<Handle> {
  if (target.kind === "postgres") {
    return {
      prisma: clientWith(
        new PrismaPg({
          connectionString: target.url,
          max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
        }),
      ),
    };
  }
  const pglite = await openPglite(target.dataDir);
  return { prisma: clientWith(new PrismaPGlite(pglite)), pglite };
}

function handle(): Promise<Handle> {
  globalForDb.__parcoursDb ??= createHandle(resolveDatabaseTarget()).catch((error: unknown) => {
    // Let the next call try again (the database may come back).
    globalForDb.__parcoursDb = undefined;
    throw error;
  });
  return globalForDb.__parcoursDb;
}

/** The process's Prisma client. */
export async function getDb(): Promise<PrismaClient> {
  return (await handle()).prisma;
}

/** Closes the client and, on PGlite, the database itself (or the process hangs). */
export async function closeDb(): Promise<void> {
  const pending = globalForDb.__parcoursDb;
  globalForDb.__parcoursDb = undefined;
  if (!pending) return;
  const { prisma, pglite } = await pending;
  await prisma.$disconnect();
  if (pglite && !pglite.closed) await pglite.close();
}
