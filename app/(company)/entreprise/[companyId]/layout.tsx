import { CompanySwitcher } from "@/components/company/company-switcher";
import { AppShell } from "@/components/layout/app-shell";
import { companySections } from "@/lib/companies/navigation";
import { requireCompanyPage } from "@/lib/companies/page-guard";

type Props = { children: React.ReactNode; params: Promise<{ companyId: string }> };

/** One company's space: its sections are those the member's habilitations open. */
export default async function CompanyLayout({ children, params }: Props) {
  const { companyId } = await params;
  const { viewer, company } = await requireCompanyPage(companyId);
  const nav = companySections(company.companyId, company.permissions).map(({ href, label }) => ({
    href,
    label,
  }));
  return (
    <AppShell viewer={viewer} space="company" navLabel="Espace entreprise" nav={nav}>
      <div className="mb-4">
        <CompanySwitcher companies={viewer.companies} current={company.companyId} />
      </div>
      {children}
    </AppShell>
  );
}
