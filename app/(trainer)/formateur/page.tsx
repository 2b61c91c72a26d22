import type { Metadata } from "next";
import Link from "next/link";
import { CalendarFeedPanel } from "@/components/trainer/calendar-feed-panel";
import { TrainerSessionCard } from "@/components/trainer/trainer-session-card";
import { buttonClass } from "@/components/ui/button-link";
import { Pagination } from "@/components/ui/pagination";
import { requireTrainer } from "@/lib/auth/space-guards";
import { formatDate } from "@/lib/dates/paris";
import { parseSessionListQuery, type SessionListQuery } from "@/lib/sessions/list-query";
import { trainerFeedStatus } from "@/lib/trainers/calendar";
import { listTrainerSessions } from "@/lib/trainers/sessions";
import { withQuery } from "@/lib/url";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Mes sessions à animer" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const TABS = [
  { vue: "prochaines", label: "Prochaines sessions" },
  { vue: "terminees", label: "Sessions terminées" },
] as const;

function href(query: SessionListQuery, change: Partial<SessionListQuery>) {
  const q = { ...query, ...change };
  return withQuery("/formateur", {
    vue: q.vue === "prochaines" ? undefined : q.vue,
    q: q.q,
    page: q.page > 1 ? q.page : undefined,
  });
}

export default async function TrainerSessionsPage({ searchParams }: Props) {
  const viewer = await requireTrainer();
  const query = parseSessionListQuery(await searchParams);
  const [result, feed] = await Promise.all([
    listTrainerSessions(viewer, query),
    trainerFeedStatus(viewer),
  ]);
  const current = TABS.find((t) => t.vue === query.vue)!;
  return (
    <div className="flex flex-col gap-5">
      <PageHeader title="Mes sessions à animer" />
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
      <form
        method="get"
        action="/formateur"
        role="search"
        className="flex flex-wrap items-end gap-2"
      >
        {query.vue === "terminees" ? <input type="hidden" name="vue" value="terminees" /> : null}
        <div className="flex min-w-0 flex-col gap-1 text-sm">
          <label htmlFor="q" className="font-medium">
            Rechercher (titre ou référence)
          </label>
          <input
            id="q"
            name="q"
            type="search"
            defaultValue={query.q ?? ""}
            className="w-64 max-w-full rounded-md border border-slate-400 bg-white px-2 py-1.5"
          />
        </div>
        <button type="submit" className={buttonClass("primary")}>
          Rechercher
        </button>
      </form>
      <section aria-labelledby="liste-sessions" className="flex flex-col gap-3">
        <h2 id="liste-sessions" className="text-lg font-semibold">
          {current.label}{" "}
          <span className="text-sm font-normal text-ink-muted">
            ({result.total} {result.total > 1 ? "sessions" : "session"})
          </span>
        </h2>
        {result.cards.length === 0 ? (
          <p className="text-ink-muted">
            {query.q
              ? "Aucune session ne correspond à cette recherche."
              : query.vue === "prochaines"
                ? "Aucune session à venir."
                : "Aucune session terminée."}
          </p>
        ) : (
          <ul className="flex flex-col gap-3">
            {result.cards.map((card) => (
              <li key={card.id}>
                <TrainerSessionCard card={card} />
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
      <section aria-labelledby="agenda-title" className="flex flex-col gap-2">
        <h2 id="agenda-title" className="text-lg font-semibold">
          Abonnement agenda
        </h2>
        <CalendarFeedPanel activeSince={feed ? formatDate(feed.createdAt) : null} />
      </section>
    </div>
  );
}
