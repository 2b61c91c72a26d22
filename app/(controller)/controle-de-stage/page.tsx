import type { Metadata } from "next";
import { PortfolioFilters } from "@/components/internships/portfolio-filters";
import { PortfolioList } from "@/components/internships/portfolio-list";
import { PageHeader } from "@/components/ui/page-header";
import { requireController } from "@/lib/auth/space-guards";
import { parsePortfolioFilter, portfolioHref } from "@/lib/internships/portfolio";
import { getPortfolioPage } from "@/lib/internships/portfolio-page";

export const metadata: Metadata = { title: "Mon portefeuille" };

type PageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PortfolioPage({ searchParams }: PageProps) {
  const viewer = await requireController();
  const query = parsePortfolioFilter(await searchParams);
  const page = await getPortfolioPage(viewer, query);
  return (
    <div className="flex flex-col gap-4">
      <PageHeader title="Mon portefeuille" />
      <PortfolioFilters filter={query} />
      <PortfolioList
        dossiers={page.items}
        count={page.count}
        total={page.total}
        page={page.page}
        pageCount={page.pageCount}
        hrefFor={(n) => portfolioHref("/controle-de-stage", query, n)}
      />
    </div>
  );
}
