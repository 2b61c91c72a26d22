import { AsyncLocalStorage } from "node:async_hooks";

/**
 * Counts the SQL statements sent while a function runs (tests prove that a
 * page's queries do not grow with the data; the benchmark reports them).
 */
const storage = new AsyncLocalStorage<{ count: number }>();

// Kept on globalThis: the server bundles this module into several route
// chunks, but there is one Prisma client (lib/db/client) and one count.
const totals = globalThis as unknown as { __parcoursQueryTotal?: number };

export function recordQuery(): void {
  totals.__parcoursQueryTotal = (totals.__parcoursQueryTotal ?? 0) + 1;
  const store = storage.getStore();
  if (store) store.count += 1;
}

/**
 * Statements sent by this process since it started. The benchmark reads it
 * before and after one request at a time (lib/bench) to get a page's queries.
 */
export function totalQueries(): number {
  return totals.__parcoursQueryTotal ?? 0;
}

export async function countQueries<T>(
  fn: () => Promise<T>,
): Promise<{ result: T; queries: number }> {
  const store = { count: 0 };
  const result = await storage.run(store, fn);
  return { result, queries: store.count };
}
