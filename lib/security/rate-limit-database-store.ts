import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import type { Db } from "@/lib/db";
import { FORGET_AFTER_MS, recordInBucket, type Bucket } from "./rate-limit-rules";
import type { RateLimitStore } from "./rate-limit-store";

const PRUNE_EVERY_MS = 10 * 60_000;

const at = (date: Date) => Prisma.sql`CAST(${date} AS timestamp(3))`;

/**
 * Buckets in the RateLimitBucket table, shared by every server instance. One
 * upsert counts the attempt: PostgreSQL locks the row for the ON CONFLICT
 * update, so racing attempts are counted one after the other, exactly. The
 * SQL is recordInBucket (rate-limit-rules.ts) written for the database.
 */
export function createDatabaseStore(getDb: () => Promise<Db>): RateLimitStore {
  let prunedAt = 0;

  async function prune(db: Db, now: Date) {
    if (now.getTime() - prunedAt < PRUNE_EVERY_MS) return;
    prunedAt = now.getTime();
    const before = new Date(now.getTime() - FORGET_AFTER_MS);
    await db.rateLimitBucket.deleteMany({ where: { updatedAt: { lt: before } } });
  }

  return {
    async read(key) {
      const db = await getDb();
      return db.rateLimitBucket.findUnique({
        where: { key },
        select: { count: true, windowStartedAt: true, blockedUntil: true },
      });
    },

    async record(key, rule, now) {
      const db = await getDb();
      const staleBefore = at(new Date(now.getTime() - rule.windowMs));
      const expired = Prisma.sql`(b."windowStartedAt" <= ${staleBefore} AND (b."blockedUntil" IS NULL OR b."blockedUntil" <= ${staleBefore}))`;
      const firstBlock = recordInBucket(null, rule, now).blockedUntil;
      const firstBlockedUntil = firstBlock ? at(firstBlock) : Prisma.sql`NULL::timestamp(3)`;
      const next = Prisma.sql`(b."count" + 1)`;
      const rows = await db.$queryRaw<Bucket[]>`
        INSERT INTO "RateLimitBucket" AS b ("key", "count", "windowStartedAt", "blockedUntil", "updatedAt")
        VALUES (${key}, 1, ${at(now)}, ${firstBlockedUntil}, ${at(now)})
        ON CONFLICT ("key") DO UPDATE SET
          "count" = CASE WHEN ${expired} THEN 1 ELSE ${next} END,
          "windowStartedAt" = CASE WHEN ${expired} THEN ${at(now)} ELSE b."windowStartedAt" END,
          "blockedUntil" = CASE
            WHEN ${expired} THEN ${firstBlockedUntil}
            WHEN ${next} >= CAST(${rule.limit} AS integer) THEN ${at(now)} + make_interval(secs =>
              LEAST(
                CAST(${rule.blockMs} AS double precision) * power(2, LEAST(${next} - CAST(${rule.limit} AS integer), 40)),
                CAST(${rule.maxBlockMs} AS double precision)
              ) / 1000.0)
            ELSE b."blockedUntil"
          END,
          "updatedAt" = ${at(now)}
        RETURNING "count", "windowStartedAt", "blockedUntil"`;
      // Forgetting old buckets must never fail the attempt being counted.
      prune(db, now).catch((error: unknown) => console.error("[rate-limit] nettoyage", error));
      const [bucket] = rows;
      if (!bucket) throw new Error("RateLimitBucket : l'upsert n'a rendu aucune ligne.");
      return bucket;
    },

    async clear(key) {
      const db = await getDb();
      await db.rateLimitBucket.deleteMany({ where: { key } });
    },
  };
}
