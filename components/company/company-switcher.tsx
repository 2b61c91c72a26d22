import Link from "next/link";

/**
 * A manager of several companies moves between them here; the URL carries the
 * company, so each link opens the same space for another company.
 */
export function CompanySwitcher({
  companies,
  current,
}: {
  companies: { companyId: string; companyName: string }[];
  current: string;
}) {
  const currentName = companies.find((c) => c.companyId === current)?.companyName ?? "";
  if (companies.length < 2) {
    return <p className="text-sm font-semibold text-ink-muted">{currentName}</p>;
  }
  return (
    <nav aria-label="Entreprises" className="flex flex-wrap items-center gap-2 text-sm">
      <span className="font-medium text-ink-muted">Entreprise :</span>
      <ul className="flex flex-wrap gap-1">
        {companies.map((c) => (
          <li key={c.companyId}>
            <Link
              href={`/entreprise/${c.companyId}`}
              aria-current={c.companyId === current ? "page" : undefined}
              className={
                c.companyId === current
                  ? "rounded-md bg-brand-50 px-2 py-1 font-semibold text-brand-800"
                  : "rounded-md px-2 py-1 text-brand-800 underline hover:bg-brand-50"
              }
            >
              {c.companyName}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
