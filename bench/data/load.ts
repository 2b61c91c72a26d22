import path from "node:path";
import { performance } from "node:perf_hooks";
import { hashPassword } from "../../lib/auth/password";
import { applyMigrations, readMigrations } from "../../lib/db/migrate";
import { openSqlConnection, type SqlConnection } from "../../lib/db/sql-connection";
import type { DatabaseTarget } from "../../lib/db/target";
import { BENCH_PASSWORD, BIG_PARTICIPANT_EMAIL, SCALE, dataSetNote, type Scale } from "./accounts";
import { bulkInsert } from "./bulk-insert";
import { planBenchData, TABLE_ORDER } from "./plan";

export type LoadResult =
  | { created: false; seedNote: string | null }
  | { created: true; seconds: number; counts: Record<string, number> };

async function existingSeedNote(conn: SqlConnection): Promise<string | null | undefined> {
  const rows = await conn.query<{ note: string | null }>(
    `SELECT p."jobTitle" AS note FROM "User" u JOIN "Participant" p ON p."userId" = u."id" WHERE u."email" = $1`,
    [BIG_PARTICIPANT_EMAIL],
  );
  return rows.length === 0 ? undefined : (rows[0]!.note ?? null);
}

async function emptyTables(conn: SqlConnection): Promise<void> {
  const tables = await conn.query<{ tablename: string }>(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
  );
  if (tables.length === 0) return;
  await conn.exec(
    `TRUNCATE TABLE ${tables.map((t) => `"public"."${t.tablename}"`).join(", ")} CASCADE`,
  );
}

/**
 * Migrates the target and writes the data set unless it is already there
 * (`reset` empties every table first). One transaction: an interrupted run
 * leaves no half data set that a later run would take for a whole one.
 */
export async function loadBenchData(
  target: DatabaseTarget,
  opts: { seed: number; now: Date; reset: boolean; log: (line: string) => void; scale?: Scale },
): Promise<LoadResult> {
  const scale = opts.scale ?? SCALE;
  const conn = await openSqlConnection(target);
  try {
    await applyMigrations(conn, readMigrations(path.resolve("prisma/migrations")), {
      usesAdvisoryLock: target.kind === "postgres",
      log: opts.log,
    });
    const note = await existingSeedNote(conn);
    // A data set of another plan or size (an older bench) is replaced, not measured.
    const current = note === dataSetNote(opts.seed, scale);
    if (current && !opts.reset) return { created: false, seedNote: note };
    const reset = opts.reset || note !== undefined;
    if (note !== undefined && !current)
      opts.log(`Jeu de données d'un autre plan (${note ?? "?"}) : recréé.`);

    const started = performance.now();
    // scrypt is slow on purpose: one hash for every bench account.
    const { rows } = planBenchData({
      seed: opts.seed,
      now: opts.now,
      passwordHash: await hashPassword(BENCH_PASSWORD),
      scale,
    });
    opts.log(`Jeu de données planifié en ${((performance.now() - started) / 1000).toFixed(1)} s.`);
    await conn.exec("BEGIN");
    try {
      if (reset) await emptyTables(conn);
      for (const table of TABLE_ORDER) {
        const t0 = performance.now();
        await bulkInsert(conn, table, rows[table] as unknown as Record<string, unknown>[]);
        opts.log(
          `  ${table} : ${rows[table].length} lignes en ${((performance.now() - t0) / 1000).toFixed(1)} s`,
        );
      }
      await conn.exec("COMMIT");
    } catch (error) {
      await conn.exec("ROLLBACK").catch(() => {});
      throw error;
    }
    // Fresh statistics, so the planner sees the volumes the benchmark measures.
    await conn.exec("ANALYZE");
    return {
      created: true,
      seconds: (performance.now() - started) / 1000,
      counts: Object.fromEntries(TABLE_ORDER.map((t) => [t, rows[t].length])),
    };
  } finally {
    await conn.close();
  }
}
