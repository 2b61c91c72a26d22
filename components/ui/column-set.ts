import type { Column } from "./data-table";

/**
 * The columns a list of one kind of record may show (an invoice list, an order
 * list), each reading only the fields it needs. A space picks the ones it shows,
 * in order, and its rows must then hold exactly the fields those columns read.
 */
export type ColumnSet<F extends Record<string, object>> = {
  [K in keyof F]: Omit<Column<F[K]>, "header"> & { header: string };
};

type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (
  i: infer I,
) => void
  ? I
  : never;

/** The row a choice of columns needs: the fields of every chosen column. */
export type RowFor<F extends Record<string, object>, K extends keyof F> = UnionToIntersection<F[K]>;

export function pickColumns<F extends Record<string, object>, K extends keyof F>(
  set: ColumnSet<F>,
  keys: readonly K[],
  headers: Partial<Record<K, string>> = {},
): Column<RowFor<F, K>>[] {
  return keys.map((key) => ({
    ...set[key],
    header: headers[key] ?? set[key].header,
    // A row holding every chosen column's fields holds this column's.
    cell: set[key].cell as (row: RowFor<F, K>) => React.ReactNode,
  }));
}
