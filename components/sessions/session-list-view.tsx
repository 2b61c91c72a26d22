import Link from "next/link";
import type { ReactNode } from "react";
import { Pagination } from "@/components/ui/pagination";
import type { SessionListQuery } from "@/lib/sessions/list-query";

/**
 * A list of sessions in two tabs (upcoming, ended) with a count, an empty message and
 * pages: the participant's "Mes sessions" and the trainer's "Mes sessions à animer".
 */
export const SESSION_TABS = [
  { vue: "prochaines", label: "Prochaines sessions" },
  { vue: "terminees", label: "Sessions terminées" },
] as const;

type HrefFor = (change: Partial<SessionListQuery>) => string;

export function SessionListTabs({ query, hrefFor }: { query: SessionListQuery; hrefFor: HrefFor }) {
  return (
    <nav aria-label="Listes de sessions">
      <ul className="flex gap-1 border-b border-slate-200">
        {SESSION_TABS.map((tab) => (
          <li key={tab.vue}>
            <Link
              href={hrefFor({ vue: tab.vue, page: 1 })}
              aria-current={tab.vue === query.vue ? "page" : undefined}
              className={`inline-block border-b-2 px-3 py-2 text-sm font-semibold uppercase ${
                tab.vue === query.vue
                  ? "border-brand-700 text-brand-800"
                  : "border-transparent text-ink-muted hover:text-brand-800"
              }`}
            >
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function SessionListSection<T>({
  query,
  result,
  itemKey,
  renderItem,
  noMatch,
  hrefFor,
}: {
  query: SessionListQuery;
  result: { cards: T[]; total: number; page: number; pageCount: number };
  itemKey: (card: T) => string;
  renderItem: (card: T) => ReactNode;
  /** The message when a search or filter finds nothing; null when none is applied. */
  noMatch: string | null;
  hrefFor: HrefFor;
}) {
  const current = SESSION_TABS.find((t) => t.vue === query.vue)!;
  return (
    <section aria-labelledby="liste-sessions" className="flex flex-col gap-3">
      <h2 id="liste-sessions" className="text-lg font-semibold">
        {current.label}{" "}
        <span className="text-sm font-normal text-ink-muted">
          ({result.total} {result.total > 1 ? "sessions" : "session"})
        </span>
      </h2>
      {result.cards.length === 0 ? (
        <p className="text-ink-muted">
          {noMatch ??
            (query.vue === "prochaines" ? "Aucune session à venir." : "Aucune session terminée.")}
        </p>
      ) : (
        <ul className="flex flex-col gap-3">
          {result.cards.map((card) => (
            <li key={itemKey(card)}>{renderItem(card)}</li>
          ))}
        </ul>
      )}
      <Pagination
        page={result.page}
        pageCount={result.pageCount}
        hrefFor={(page) => hrefFor({ page })}
      />
    </section>
  );
}
