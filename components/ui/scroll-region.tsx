/**
 * A wide table's horizontal scroll on phones. Keyboard users must be able to
 * scroll it too (WCAG 2.1.1, axe "scrollable-region-focusable"): the region
 * takes the focus, and its name tells screen readers what it holds.
 */
export function ScrollRegion({
  label,
  className = "",
  children,
}: {
  label: string;
  className?: string;
  children: React.ReactNode;
}) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className={`overflow-x-auto ${className}`}>
      {children}
    </div>
  );
}
