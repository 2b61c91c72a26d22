import Link from "next/link";
import { SPACE_HOME, SPACE_LABELS, type Space } from "@/lib/auth/spaces";

/** The spaces this user may enter; the current one is marked for screen readers. */
export function SpaceSwitcher({ spaces, current }: { spaces: Space[]; current: Space }) {
  if (spaces.length < 2) return null;
  return (
    <nav aria-label="Espaces">
      <ul className="flex flex-wrap gap-1">
        {spaces.map((space) => (
          <li key={space}>
            <Link
              href={SPACE_HOME[space]}
              aria-current={space === current ? "page" : undefined}
              className={
                space === current
                  ? "rounded-md bg-brand-700 px-2.5 py-1 text-sm font-medium text-white"
                  : "rounded-md px-2.5 py-1 text-sm font-medium text-brand-800 hover:bg-brand-50"
              }
            >
              {SPACE_LABELS[space]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
