/**
 * Ids come from URLs and forms. Ours are cuids or UUIDs; anything else (too
 * long, a NUL byte that PostgreSQL would answer with an error) is simply not
 * found, never a 500.
 */
export function isRecordId(value: unknown): value is string {
  return typeof value === "string" && /^[A-Za-z0-9_-]{1,64}$/.test(value);
}
