import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { InvoicesTable } from "@/components/billing/invoices-table";
import { PageHeader } from "@/components/ui/page-header";
import { listCompanyInvoices } from "@/lib/companies/billing";
import { requireCompanyPage } from "@/lib/companies/page-guard";

export const metadata: Metadata = { title: "Factures de l'entreprise" };

type Props = { params: Promise<{ companyId: string }> };

export default async function CompanyInvoicesPage({ params }: Props) {
  const { companyId } = await params;
  const { viewer, company } = await requireCompanyPage(companyId, "invoices.view");
  const invoices = await listCompanyInvoices(viewer, company.companyId);
  if (!invoices) notFound();
  return (
    <div className="flex flex-col gap-4">
      <PageHeader title="Factures" />
      <InvoicesTable
        caption={`Factures de ${company.companyName}`}
        empty="Aucune facture."
        rows={invoices}
        columns={[
          "number",
          "issuedAt",
          "order",
          "organization",
          "total",
          "paid",
          "remaining",
          "dueAt",
          "state",
        ]}
      />
    </div>
  );
}
