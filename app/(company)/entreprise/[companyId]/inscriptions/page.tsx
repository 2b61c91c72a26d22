import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { Pagination } from "@/components/ui/pagination";
import { requireCompanyPage } from "@/lib/companies/page-guard";
import { listCatalogue } from "@/lib/companies/registrations";
import { formatCents } from "@/lib/format/money";
import { formatDuration } from "@/lib/format/duration";
import { MODALITY_LABELS } from "@/lib/format/labels";
import { SearchForm } from "@/components/ui/search-form";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Inscrire des collaborateurs" };

type Props = {
  params: Promise<{ companyId: string }>;
  searchParams: Promise<{ q?: string | string[]; page?: string | string[] }>;
};

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

export default async function CataloguePage({ params, searchParams }: Props) {
  const { companyId } = await params;
  const query = await searchParams;
  const { company } = await requireCompanyPage(companyId, "registrations.create");
  const search = first(query.q).slice(0, 100);
  const catalogue = await listCatalogue(company, {
    search,
    page: Number(first(query.page)) || 1,
  });
  const base = `/entreprise/${company.companyId}/inscriptions`;
  const hrefFor = (page: number) =>
    `${base}?${new URLSearchParams({ ...(search ? { q: search } : {}), page: String(page) })}`;
  return (
    <div className="flex flex-col gap-4">
      <PageHeader title="Inscrire des collaborateurs" />
      <p className="text-sm text-ink-muted">
        Les sessions à venir des organismes de formation. Choisissez une session, puis les
        collaborateurs : l&apos;entreprise passe la commande et les inscriptions restent en attente
        jusqu&apos;à la confirmation de l&apos;organisme.
      </p>
      <SearchForm
        action={base}
        id="catalogue-q"
        label="Formation ou référence"
        defaultValue={search}
        maxLength={100}
        inputClassName="px-3 py-1.5"
      />
      <DataTable
        caption="Sessions ouvertes aux inscriptions"
        rows={catalogue.sessions}
        rowKey={(s) => s.id}
        empty="Aucune session ne correspond."
        columns={[
          {
            header: "Formation",
            cell: (s) => (
              <div className="flex flex-col gap-1">
                <span className="font-medium">{s.title}</span>
                <span className="text-xs text-ink-muted">
                  Réf : {s.reference} · {s.organizationName}
                </span>
              </div>
            ),
          },
          {
            header: "Modalité",
            cell: (s) => <Badge tone="brand">{MODALITY_LABELS[s.modality]}</Badge>,
          },
          { header: "Dates", cell: (s) => s.dates.join(", ") || "—" },
          { header: "Lieu", cell: (s) => s.place },
          { header: "Durée", cell: (s) => formatDuration(s.durationMinutes, s.durationDays) },
          { header: "Prix HT", cell: (s) => formatCents(s.priceExclVatCents), align: "right" },
          {
            header: "Places",
            cell: (s) => (s.seatsLeft === null ? "—" : String(s.seatsLeft)),
            align: "right",
          },
          {
            header: "Action",
            cell: (s) =>
              s.closedReason ? (
                <Badge tone="neutral">Complète</Badge>
              ) : (
                <Link
                  href={`${base}/${s.id}`}
                  className="whitespace-nowrap text-brand-800 underline"
                  aria-label={`Inscrire à « ${s.title} » (Réf : ${s.reference})`}
                >
                  Inscrire
                </Link>
              ),
          },
        ]}
      />
      <Pagination page={catalogue.page} pageCount={catalogue.pageCount} hrefFor={hrefFor} />
    </div>
  );
}
