import Link from "next/link";

/**
 * The page's title (its one h1), with what sits beside it (a status badge,
 * actions), an optional link back to the list it belongs to, and the lines
 * that describe it underneath.
 */
export function PageHeader({
  title,
  titleId,
  back,
  badge,
  actions,
  children,
}: {
  title: React.ReactNode;
  /** For a region labelled by the title (aria-labelledby). */
  titleId?: string;
  back?: { href: string; label: string };
  badge?: React.ReactNode;
  actions?: React.ReactNode;
  children?: React.ReactNode;
}) {
  const heading = (
    <h1 id={titleId} className="min-w-0 text-2xl font-bold break-words">
      {title}
    </h1>
  );
  const titleRow =
    badge || actions ? (
      <div className="flex flex-wrap items-center gap-2">
        {heading}
        {badge}
        {actions ? <div className="ml-auto flex flex-wrap gap-2">{actions}</div> : null}
      </div>
    ) : (
      heading
    );
  if (!back && !children) return titleRow;
  return (
    <div className="flex flex-col gap-1">
      {back ? (
        <p className="text-sm">
          <Link href={back.href} className="text-brand-800 underline">
            {back.label}
          </Link>
        </p>
      ) : null}
      {titleRow}
      {children}
    </div>
  );
}
