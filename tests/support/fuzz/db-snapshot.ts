import { getDb } from "../../../lib/db/client";

/**
 * Every table of the app's schema with its row count and a checksum of its
 * whole content, so that a property can assert that hostile input changed no
 * row at all (an insert, a delete, or an update of any column). Taken before
 * and after each property, not each run: a change anywhere in between shows.
 */
export type DbSnapshot = Record<string, { rows: number; checksum: string }>;

export async function snapshotDb(): Promise<DbSnapshot> {
  const db = await getDb();
  const tables = await db.$queryRawUnsafe<{ name: string }[]>(
    `SELECT table_name AS name FROM information_schema.tables
     WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const snapshot: DbSnapshot = {};
  for (const { name } of tables) {
    // Table names come from the catalogue, quoted as identifiers.
    const quoted = `"${name.replaceAll('"', '""')}"`;
    const [row] = await db.$queryRawUnsafe<{ rows: number; checksum: string }[]>(
      `SELECT count(*)::int AS rows,
              md5(coalesce(string_agg(md5(t::text), '' ORDER BY md5(t::text)), '')) AS checksum
       FROM ${quoted} t`,
    );
    snapshot[name] = row!;
  }
  return snapshot;
}

/** The tables whose rows differ between two snapshots, for a readable failure. */
export function changedTables(before: DbSnapshot, after: DbSnapshot): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names].filter(
    (name) =>
      before[name]?.rows !== after[name]?.rows || before[name]?.checksum !== after[name]?.checksum,
  );
}
