import type { Metadata } from "next";
import { PortfolioFilters } from "@/components/internships/portfolio-filters";
import { PortfolioList } from "@/components/internships/portfolio-list";
import { requireController } from "@/lib/auth/space-guards";
import { listDossiersFor } from "@/lib/internships/dossier";
import { filterPortfolio, parsePortfolioFilter } from "@/lib/internships/portfolio";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Mon portefeuille" };

type PageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PortfolioPage({ searchParams }: PageProps) {
  const viewer = await requireController();
  const filter = parsePortfolioFilter(await searchParams);
  const dossiers = await listDossiersFor(viewer, "controller", new Date(), filter.search);
  return (
    <div className="flex flex-col gap-4">
      <PageHeader title="Mon portefeuille" />
      <PortfolioFilters filter={filter} />
      <PortfolioList dossiers={filterPortfolio(dossiers, filter)} total={dossiers.length} />
    </div>
  );
}
