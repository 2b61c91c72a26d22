import type { SqlConnection } from "../../lib/db/sql-connection";

/**
 * Writes many rows with one INSERT ... SELECT FROM unnest(...) per batch: one
 * array parameter per column, whatever the number of rows. Prisma's createMany
 * sends one parameter per value and goes through its query compiler; at a
 * million rows on the embedded database that takes most of an hour, this takes
 * minutes. Every value travels as text and is cast to its column's own type,
 * read from the catalog, so enums, dates, arrays and JSON need no special case.
 */
const BATCH_ROWS = 5_000;

type Row = Record<string, unknown>;

function arrayLiteral(items: unknown[]): string {
  return `{${items.map((i) => `"${String(i).replace(/(["\\])/g, "\\$1")}"`).join(",")}}`;
}

function asText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return arrayLiteral(value);
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

async function columnTypes(conn: SqlConnection, table: string): Promise<Map<string, string>> {
  const rows = await conn.query<{ name: string; type: string }>(
    `SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type
     FROM pg_attribute a
     WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped`,
    [`"public"."${table}"`],
  );
  return new Map(rows.map((r) => [r.name, r.type]));
}

export async function bulkInsert(conn: SqlConnection, table: string, rows: Row[]): Promise<void> {
  if (rows.length === 0) return;
  const types = await columnTypes(conn, table);
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  for (const c of columns) {
    if (!types.has(c)) throw new Error(`Colonne inconnue ${table}.${c}`);
  }
  const quoted = columns.map((c) => `"${c}"`).join(", ");
  const sql =
    `INSERT INTO "public"."${table}" (${quoted}) ` +
    `SELECT ${columns.map((c) => `u."${c}"::${types.get(c)}`).join(", ")} ` +
    `FROM unnest(${columns.map((_, i) => `$${i + 1}::text[]`).join(", ")}) AS u(${quoted})`;
  for (let start = 0; start < rows.length; start += BATCH_ROWS) {
    const batch = rows.slice(start, start + BATCH_ROWS);
    await conn.query(
      sql,
      columns.map((c) => batch.map((r) => asText(r[c]))),
    );
  }
}
