import type { PGlite } from "@electric-sql/pglite";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import {
  registerDatabaseProbe,
  reportDatabaseUnreachable,
  reportQueryFailure,
  waitForDatabaseAfterFailure,
} from "./availability";
import { PrismaClient } from "./generated/client";
import { openPglite } from "./pglite";
import { recordQuery } from "./query-count";
import { resolveDatabaseTarget, type DatabaseTarget } from "./target";
import { watchFailures } from "./watch-failures";

export type Db = PrismaClient;

type Handle = { prisma: PrismaClient; pglite?: PGlite };

/**
 * One client per process, kept on globalThis so that dev reloads reuse it
 * (a second PGlite on the same directory would corrupt it).
 */
const globalForDb = globalThis as unknown as {
  __parcoursDb?: Promise<Handle>;
  /** This process has had its database open (until closeDb): reopening must find it. */
  __parcoursDbWasOpen?: boolean;
};

type HandleOptions = {
  /** Reopening a database this process had open: it must still be there. */
  reopening?: boolean;
  /** Told of every failed database call (the process's own client only). */
  onFailure?: (error: unknown) => void;
};

/** Reads are idempotent: one that failed because the database went away is tried again. */
const READS = new Set([
  "findUnique",
  "findUniqueOrThrow",
  "findFirst",
  "findFirstOrThrow",
  "findMany",
  "count",
  "aggregate",
  "groupBy",
]);

/** How long a read caught by an outage waits for the database (DATABASE_OUTAGE_WAIT_MS). */
function outageWaitMs(): number {
  const value = Number(process.env.DATABASE_OUTAGE_WAIT_MS);
  return Number.isFinite(value) && value >= 0 ? value : 15_000;
}

/** A raw query that only reads: SELECT, without FOR UPDATE/SHARE or an advisory lock. */
function isPlainRawRead(args: unknown): boolean {
  const sql = args as { sql?: string; strings?: readonly string[] };
  const text = sql.sql ?? sql.strings?.join(" ") ?? "";
  return (
    /^\s*SELECT\b/i.test(text) && !/\bFOR\s+(NO\s+KEY\s+)?(UPDATE|SHARE)\b|pg_advisory/i.test(text)
  );
}

function clientWith(
  adapter: SqlDriverAdapterFactory,
  onFailure?: HandleOptions["onFailure"],
): PrismaClient {
  const client = new PrismaClient<{
    adapter: SqlDriverAdapterFactory;
    log: [{ emit: "event"; level: "query" }];
  }>({
    adapter: onFailure ? watchFailures(adapter, onFailure) : adapter,
    log: [{ emit: "event", level: "query" }],
  });
  client.$on("query", recordQuery);
  if (!onFailure) return client as unknown as PrismaClient;
  // The process's own client: a request that was reading when the database went
  // away waits for it (a restart, a failover: seconds) and reads again, rather than
  // failing with a 500; requests that arrive meanwhile get the proxy's 503. Writes
  // are never repeated (a dropped commit may have happened): they fail as before.
  return client.$extends({
    query: {
      $allModels: {
        async $allOperations({ operation, args, query }) {
          try {
            return await query(args);
          } catch (error) {
            if (
              !READS.has(operation) ||
              !(await waitForDatabaseAfterFailure(Date.now() + outageWaitMs()))
            ) {
              throw error;
            }
            return query(args);
          }
        },
      },
      // Raw reads too (the session list's filters are one): a plain SELECT, never one that
      // locks rows inside a transaction. The availability probe uses $queryRawUnsafe, so it
      // never waits for itself.
      async $queryRaw({ args, query }) {
        try {
          return await query(args);
        } catch (error) {
          if (
            !isPlainRawRead(args) ||
            !(await waitForDatabaseAfterFailure(Date.now() + outageWaitMs()))
          ) {
            throw error;
          }
          return query(args);
        }
      },
    },
  }) as unknown as PrismaClient;
}

export async function createHandle(
  target: DatabaseTarget,
  options: HandleOptions = {},
): Promise<Handle> {
  if (target.kind === "postgres") {
    return {
      prisma: clientWith(
        new PrismaPg({
          connectionString: target.url,
          max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
          // pg waits forever by default: a server that drops packets would
          // hold every request instead of failing it.
          connectionTimeoutMillis: Number(process.env.DATABASE_CONNECT_TIMEOUT_MS ?? 10_000),
        }),
        options.onFailure,
      ),
    };
  }
  const pglite = await openPglite(target.dataDir, { mustExist: options.reopening });
  return { prisma: clientWith(new PrismaPGlite(pglite), options.onFailure), pglite };
}

function handle(): Promise<Handle> {
  // A failed query asks for a probe (lib/db/availability): a database that
  // stopped answering turns pages into a 503 until it answers again.
  globalForDb.__parcoursDb ??= createHandle(resolveDatabaseTarget(), {
    reopening: globalForDb.__parcoursDbWasOpen === true,
    onFailure: reportQueryFailure,
  }).then(
    (opened) => {
      globalForDb.__parcoursDbWasOpen = true;
      return opened;
    },
    (error: unknown) => {
      // Let the next call try again (the database may come back).
      globalForDb.__parcoursDb = undefined;
      reportDatabaseUnreachable(error);
      throw error;
    },
  );
  return globalForDb.__parcoursDb;
}

/**
 * The process's Prisma client. An embedded database found closed (it stopped
 * under us) is opened again, so the app recovers without a restart.
 */
export async function getDb(): Promise<PrismaClient> {
  const pending = handle();
  const current = await pending;
  if (!current.pglite?.closed) return current.prisma;
  if (globalForDb.__parcoursDb === pending) {
    globalForDb.__parcoursDb = undefined;
    current.prisma.$disconnect().catch(() => undefined);
  }
  return (await handle()).prisma;
}

/** The open embedded database of this process, if any (tests stop it to prove recovery). */
export async function openEmbeddedDatabase(): Promise<PGlite | undefined> {
  const current = await globalForDb.__parcoursDb?.catch(() => undefined);
  return current?.pglite && !current.pglite.closed ? current.pglite : undefined;
}

// Lets lib/db/availability (and the proxy through it) prove the database answers.
registerDatabaseProbe(async (limit) => {
  const db = await getDb();
  await limit(db.$queryRawUnsafe("SELECT 1"));
});

/** Closes the client and, on PGlite, the database itself (or the process hangs). */
export async function closeDb(): Promise<void> {
  const pending = globalForDb.__parcoursDb;
  globalForDb.__parcoursDb = undefined;
  globalForDb.__parcoursDbWasOpen = false;
  const current = await pending?.catch(() => undefined);
  if (!current) return;
  const { prisma, pglite } = current;
  await prisma.$disconnect();
  if (pglite && !pglite.closed) await pglite.close();
}
