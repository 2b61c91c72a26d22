import pg from "pg";
import { openPglite } from "./pglite";
import type { DatabaseTarget } from "./target";

/**
 * The few raw SQL operations the migration runner needs, on either database.
 * Migrations are applied without Prisma's engine (it cannot be downloaded on
 * air-gapped machines, and it cannot reach an in-process PGlite anyway).
 */
export interface SqlConnection {
  /** Runs a script of several statements without parameters. */
  exec(sql: string): Promise<void>;
  query<T extends Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

export async function openSqlConnection(target: DatabaseTarget): Promise<SqlConnection> {
  if (target.kind === "postgres") {
    const client = new pg.Client({ connectionString: target.url });
    await client.connect();
    return {
      exec: async (sql) => {
        await client.query(sql);
      },
      query: async <T extends Record<string, unknown>>(sql: string, params: unknown[] = []) =>
        (await client.query(sql, params)).rows as T[],
      close: () => client.end(),
    };
  }
  const db = await openPglite(target.dataDir);
  return {
    exec: async (sql) => {
      await db.exec(sql);
    },
    query: async <T extends Record<string, unknown>>(sql: string, params: unknown[] = []) =>
      (await db.query<T>(sql, params)).rows,
    close: () => db.close(),
  };
}
