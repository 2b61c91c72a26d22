import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { requireOrganizationStaff } from "@/lib/auth/space-guards";
import { formatDate } from "@/lib/dates/paris";
import { listOrganizationSessions, type SessionPeriod } from "@/lib/organizations/sessions";
import { MODALITY_LABELS } from "@/lib/format/labels";
import { withQuery } from "@/lib/url";
import { SearchForm } from "@/components/ui/search-form";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Espace organisme" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const TABS: { period: SessionPeriod; label: string }[] = [
  { period: "upcoming", label: "Prochaines sessions" },
  { period: "ended", label: "Sessions terminées" },
];

export default async function OrganizationHomePage({ searchParams }: Props) {
  const viewer = await requireOrganizationStaff();
  const params = await searchParams;
  const period: SessionPeriod = params.periode === "terminees" ? "ended" : "upcoming";
  const q = typeof params.q === "string" ? params.q.slice(0, 100) : "";
  const sessions = await listOrganizationSessions(viewer, { period, q });
  const organizations = viewer.organizations.map((o) => o.organizationName).join(", ");
  return (
    <div className="flex flex-col gap-6">
      <div>
        <PageHeader title="Espace organisme" />
        <p className="text-sm text-ink-muted">{organizations}</p>
      </div>
      <nav aria-label="Période" className="flex flex-wrap gap-2">
        {TABS.map((tab) => (
          <Link
            key={tab.period}
            href={withQuery("/organisme", {
              periode: tab.period === "ended" ? "terminees" : undefined,
              q,
            })}
            aria-current={tab.period === period ? "page" : undefined}
            className={`rounded-md px-3 py-1.5 text-sm font-semibold ${
              tab.period === period
                ? "bg-brand-700 text-white"
                : "border border-brand-700 text-brand-800"
            }`}
          >
            {tab.label}
          </Link>
        ))}
      </nav>
      <SearchForm
        action="/organisme"
        id="session-search"
        label="Rechercher (formation ou référence)"
        defaultValue={q}
        inputClassName="w-72 max-w-full px-3 py-2"
      >
        {period === "ended" ? <input type="hidden" name="periode" value="terminees" /> : null}
      </SearchForm>
      <DataTable
        caption={period === "upcoming" ? "Prochaines sessions" : "Sessions terminées"}
        rows={sessions}
        rowKey={(s) => s.id}
        empty={q ? "Aucune session ne correspond à cette recherche." : "Aucune session."}
        columns={[
          {
            header: "Formation",
            cell: (s) => (
              <Link
                href={`/organisme/sessions/${s.id}`}
                className="font-medium text-brand-800 underline"
              >
                {s.title}
              </Link>
            ),
          },
          { header: "Réf", cell: (s) => s.reference },
          {
            header: "Modalité",
            cell: (s) => (
              <>
                {MODALITY_LABELS[s.modality]}
                {s.status === "CANCELLED" ? (
                  <>
                    {" "}
                    <Badge tone="danger">Annulée</Badge>
                  </>
                ) : null}
              </>
            ),
          },
          {
            header: "Dates",
            cell: (s) =>
              formatDate(s.startsAt) === formatDate(s.endsAt)
                ? formatDate(s.startsAt)
                : `${formatDate(s.startsAt)} – ${formatDate(s.endsAt)}`,
          },
          { header: "Inscrits", cell: (s) => s.registrations, align: "right" },
          {
            header: "En attente",
            cell: (s) => (s.pending ? <Badge tone="warning">{s.pending}</Badge> : "0"),
            align: "right",
          },
        ]}
      />
    </div>
  );
}
