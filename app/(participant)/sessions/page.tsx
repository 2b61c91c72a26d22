import type { Metadata } from "next";
import { SessionCard } from "@/components/sessions/session-card";
import { SessionFilters } from "@/components/sessions/session-filters";
import { SessionListSection, SessionListTabs } from "@/components/sessions/session-list-view";
import { PageHeader } from "@/components/ui/page-header";
import { requireParticipant } from "@/lib/auth/viewer";
import { listMySessions } from "@/lib/sessions/list";
import { parseSessionListQuery, type SessionListQuery } from "@/lib/sessions/list-query";
import { withQuery } from "@/lib/url";

export const metadata: Metadata = { title: "Mes sessions" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

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
  const filtered = Boolean(query.q || query.organisme || query.modalite || query.annee);
  return (
    <div className="flex flex-col gap-5">
      <PageHeader title="Mes sessions" />
      <SessionListTabs query={query} hrefFor={(change) => href(query, change)} />
      <SessionFilters query={query} facets={result.facets} />
      <SessionListSection
        query={query}
        result={result}
        itemKey={(card) => card.registrationId}
        renderItem={(card) => <SessionCard card={card} />}
        noMatch={filtered ? "Aucune session ne correspond à ces critères." : null}
        hrefFor={(change) => href(query, change)}
      />
    </div>
  );
}
