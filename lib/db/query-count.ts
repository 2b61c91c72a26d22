import { AsyncLocalStorage } from "node:async_hooks";

/**
 * Counts the SQL statements sent while a function runs (tests prove that a
 * page's queries do not grow with the data; the benchmark reports them).
 */
const storage = new AsyncLocalStorage<{ count: number }>();

export function recordQuery(): void {
  const store = storage.getStore();
  if (store) store.count += 1;
}

export async function countQueries<T>(
  fn: () => Promise<T>,
): Promise<{ result: T; queries: number }> {
  const store = { count: 0 };
  const result = await storage.run(store, fn);
  return { result, queries: store.count };
}
