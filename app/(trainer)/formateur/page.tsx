import type { Metadata } from "next";
import { CalendarFeedPanel } from "@/components/trainer/calendar-feed-panel";
import { TrainerSessionCard } from "@/components/trainer/trainer-session-card";
import { buttonClass } from "@/components/ui/button-link";
import { SessionListSection, SessionListTabs } from "@/components/sessions/session-list-view";
import { requireTrainer } from "@/lib/auth/space-guards";
import { formatDate } from "@/lib/dates/paris";
import { parseSessionListQuery, type SessionListQuery } from "@/lib/sessions/list-query";
import { trainerFeedStatus } from "@/lib/trainers/calendar";
import { listTrainerSessions } from "@/lib/trainers/sessions";
import { withQuery } from "@/lib/url";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Mes sessions à animer" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

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
  return (
    <div className="flex flex-col gap-5">
      <PageHeader title="Mes sessions à animer" />
      <SessionListTabs query={query} hrefFor={(change) => href(query, change)} />
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
      <SessionListSection
        query={query}
        result={result}
        itemKey={(card) => card.id}
        renderItem={(card) => <TrainerSessionCard card={card} />}
        noMatch={query.q ? "Aucune session ne correspond à cette recherche." : null}
        hrefFor={(change) => href(query, change)}
      />
      <section aria-labelledby="agenda-title" className="flex flex-col gap-2">
        <h2 id="agenda-title" className="text-lg font-semibold">
          Abonnement agenda
        </h2>
        <CalendarFeedPanel activeSince={feed ? formatDate(feed.createdAt) : null} />
      </section>
    </div>
  );
}
