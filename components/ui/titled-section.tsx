import type { ReactNode } from "react";

const VARIANTS = {
  /** A part of a page. */
  plain: { box: "flex flex-col gap-2", title: "text-lg font-semibold" },
  /** A part of a page of short blocks (a course sheet). */
  compact: { box: "flex flex-col gap-1", title: "text-lg font-semibold" },
  /** A card of a working page (the end of a stage). */
  card: {
    box: "flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4",
    title: "text-xl font-semibold",
  },
} as const;

/**
 * A section of a page named by its h2 (aria-labelledby), so that it is a
 * landmark in the page's outline.
 */
export function TitledSection({
  id,
  title,
  variant = "plain",
  children,
}: {
  id: string;
  title: string;
  variant?: keyof typeof VARIANTS;
  children: ReactNode;
}) {
  const { box, title: titleClass } = VARIANTS[variant];
  return (
    <section aria-labelledby={id} className={box}>
      <h2 id={id} className={titleClass}>
        {title}
      </h2>
      {children}
    </section>
  );
}
