import type {
  SqlDriverAdapter,
  SqlDriverAdapterFactory,
  Transaction,
} from "@prisma/driver-adapter-utils";

/*
 * Wraps a Prisma driver adapter so that every failed call (a query, a
 * transaction's start, commit or rollback, the connection itself) is reported,
 * whichever Prisma API issued it. Below Prisma, so no caller can forget it.
 */

type Report = (error: unknown) => void;

/** Replaces the object's async methods by ones that report their failures, then rethrow. */
function watchMethods<T extends object>(
  target: T,
  names: readonly (keyof T)[],
  report: Report,
  wrapResult?: (value: unknown) => unknown,
): T {
  for (const name of names) {
    const original = target[name];
    if (typeof original !== "function") continue;
    const watched = async (...args: unknown[]) => {
      try {
        const value: unknown = await (original as (...a: unknown[]) => Promise<unknown>).apply(
          target,
          args,
        );
        return wrapResult ? wrapResult(value) : value;
      } catch (error) {
        report(error);
        throw error;
      }
    };
    Object.defineProperty(target, name, { value: watched, configurable: true, writable: true });
  }
  return target;
}

function watchTransaction(tx: Transaction, report: Report): Transaction {
  return watchMethods(tx, ["queryRaw", "executeRaw", "commit", "rollback"], report);
}

function watchAdapter(adapter: SqlDriverAdapter, report: Report): SqlDriverAdapter {
  watchMethods(adapter, ["queryRaw", "executeRaw", "executeScript"], report);
  return watchMethods(adapter, ["startTransaction"], report, (tx) =>
    watchTransaction(tx as Transaction, report),
  );
}

export function watchFailures(
  factory: SqlDriverAdapterFactory,
  report: Report,
): SqlDriverAdapterFactory {
  return watchMethods(factory, ["connect"], report, (adapter) =>
    watchAdapter(adapter as SqlDriverAdapter, report),
  );
}
