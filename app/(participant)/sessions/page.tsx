import type { Metadata } from "next";
import Link from "next/link";
import { SessionCard } from "@/components/sessions/session-card";
import { SessionFilters } from "@/components/sessions/session-filters";
import { Pagination } from "@/components/ui/pagination";
import { PageHeader } from "@/components/ui/page-header";
import { requireParticipant } from "@/lib/auth/viewer";
import { listMySessions } from "@/lib/sessions/list";
import { parseSessionListQuery, type SessionListQuery } from "@/lib/sessions/list-query";
import { withQuery } from "@/lib/url";

export const metadata: Metadata = { title: "Mes sessions" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const TABS = [
  { vue: "prochaines", label: "Prochaines sessions" },
  { vue: "terminees", label: "Sessions terminées" },
] as const;

function href(query: SessionListQuery, change: Partial<SessionListQuery>) {
  const q = { ...query, ...change };
  return withQuery("/sessions", {
    vue: q.vue === "prochaines" ? undefined : q.vue,
    q: q.q,
    organisme: q.organisme,
    modalite: q.modalite,
    annee: q.annee,
    page: q.page > 1 ? q.page : undefined,
  });
}

export default async function MySessionsPage({ searchParams }: Props) {
  const viewer = await requireParticipant();
  const query = parseSessionListQuery(await searchParams);
  const result = await listMySessions(viewer, query);
  const current = TABS.find((t) => t.vue === query.vue)!;
  const filtered = Boolean(query.q || query.organisme || query.modalite || query.annee);
  return (
    <div className="flex flex-col gap-5">
      <PageHeader title="Mes sessions" />
      <nav aria-label="Listes de sessions">
        <ul className="flex gap-1 border-b border-slate-200">
          {TABS.map((tab) => (
            <li key={tab.vue}>
              <Link
                href={href(query, { vue: tab.vue, page: 1 })}
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
      <SessionFilters query={query} facets={result.facets} />
      <section aria-labelledby="liste-sessions" className="flex flex-col gap-3">
        <h2 id="liste-sessions" className="text-lg font-semibold">
          {current.label}{" "}
          <span className="text-sm font-normal text-ink-muted">
            ({result.total} {result.total > 1 ? "sessions" : "session"})
          </span>
        </h2>
        {result.cards.length === 0 ? (
          <p className="text-ink-muted">
            {filtered
              ? "Aucune session ne correspond à ces critères."
              : query.vue === "prochaines"
                ? "Aucune session à venir."
                : "Aucune session terminée."}
          </p>
        ) : (
          <ul className="flex flex-col gap-3">
            {result.cards.map((card) => (
              <li key={card.registrationId}>
                <SessionCard card={card} />
              </li>
            ))}
          </ul>
        )}
        <Pagination
          page={result.page}
          pageCount={result.pageCount}
          hrefFor={(page) => href(query, { page })}
        />
      </section>
    </div>
  );
}
