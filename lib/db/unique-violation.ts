/**
 * True when a Prisma write failed on a unique constraint (P2002), optionally
 * on a given column: the caller lost a race or met a duplicate, which is an
 * expected outcome (retry, or "already done"), not a failure. With driver
 * adapters the columns come in meta.driverAdapterError.cause.constraint
 * (fields, or the index name) rather than meta.target, so both are read.
 */
export function isUniqueViolation(error: unknown, field?: string): boolean {
  const e = error as {
    code?: unknown;
    meta?: {
      target?: unknown;
      driverAdapterError?: { cause?: { constraint?: { fields?: string[]; index?: string } } };
    };
  } | null;
  if (typeof e !== "object" || e === null || e.code !== "P2002") return false;
  if (field === undefined) return true;
  const constraint = e.meta?.driverAdapterError?.cause?.constraint;
  const described = [
    JSON.stringify(e.meta?.target ?? ""),
    ...(constraint?.fields ?? []),
    constraint?.index ?? "",
  ].join(" ");
  return described.includes(field);
}
