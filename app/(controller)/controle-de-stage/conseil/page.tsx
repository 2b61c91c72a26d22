import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PortfolioFilters } from "@/components/internships/portfolio-filters";
import { PortfolioList } from "@/components/internships/portfolio-list";
import { PageHeader } from "@/components/ui/page-header";
import { requireController } from "@/lib/auth/space-guards";
import { parsePortfolioFilter, portfolioHref } from "@/lib/internships/portfolio";
import { getCouncilPortfolioPage } from "@/lib/internships/portfolio-page";

export const metadata: Metadata = { title: "Portefeuilles du conseil" };

type PageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CouncilPortfoliosPage({ searchParams }: PageProps) {
  const viewer = await requireController();
  const query = parsePortfolioFilter(await searchParams);
  const page = await getCouncilPortfolioPage(viewer, query);
  if (!page) notFound();
  return (
    <div className="flex flex-col gap-4">
      <PageHeader title="Portefeuilles du conseil">
        <p className="text-ink-muted">{page.council.name}</p>
      </PageHeader>
      <PortfolioFilters filter={query} controllers={page.controllers} />
      <PortfolioList
        council
        dossiers={page.items}
        count={page.count}
        total={page.total}
        page={page.page}
        pageCount={page.pageCount}
        hrefFor={(n) => portfolioHref("/controle-de-stage/conseil", query, n)}
      />
    </div>
  );
}
