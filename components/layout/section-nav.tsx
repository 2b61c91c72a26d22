"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/** `exact`: active on its own path only (a space's home above its other pages). */
export type NavItem = { href: string; label: string; exact?: boolean };

/** The navigation of one space ("Mes sessions", "Commandes", "Factures", ...). */
export function SectionNav({ label, items }: { label: string; items: NavItem[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="border-b border-slate-200 bg-white">
      <ul className="mx-auto flex max-w-5xl gap-1 overflow-x-auto px-4">
        {items.map((item) => {
          const active =
            pathname === item.href || (!item.exact && pathname.startsWith(`${item.href}/`));
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={active ? "page" : undefined}
                className={`inline-block border-b-2 px-3 py-3 text-sm font-semibold uppercase tracking-wide ${
                  active
                    ? "border-brand-700 text-brand-800"
                    : "border-transparent text-ink-muted hover:text-brand-800"
                }`}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
