import Link from "next/link";

/** Previous / next links that keep the rest of the query string. */
export function Pagination({
  page,
  pageCount,
  hrefFor,
}: {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
}) {
  if (pageCount <= 1) return null;
  const link =
    "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-50";
  return (
    <nav aria-label="Pagination" className="flex items-center justify-between gap-2">
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} className={link} rel="prev">
          Page précédente
        </Link>
      ) : (
        <span />
      )}
      <p className="text-sm" aria-current="page">
        Page {page} sur {pageCount}
      </p>
      {page < pageCount ? (
        <Link href={hrefFor(page + 1)} className={link} rel="next">
          Page suivante
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
