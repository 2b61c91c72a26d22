import type { Metadata } from "next";
import { BUYER_INVOICE_COLUMNS, InvoicesTable } from "@/components/billing/invoices-table";
import { InvoiceExports } from "@/components/company/invoice-exports";
import { PageHeader } from "@/components/ui/page-header";
import { listInvoices } from "@/lib/billing/invoice-list";
import { dayOf, monthOf } from "@/lib/billing/period";
import { requireCompanyScope } from "@/lib/companies/page-guard";
import { invoiceScope } from "@/lib/scopes/billing";

export const metadata: Metadata = { title: "Factures de l'entreprise" };

type Props = { params: Promise<{ companyId: string }> };

export default async function CompanyInvoicesPage({ params }: Props) {
  const { companyId } = await params;
  const { company, scope } = await requireCompanyScope(companyId, invoiceScope);
  const invoices = await listInvoices(scope);
  const base = `/entreprise/${company.companyId}/factures`;
  const today = new Date();
  return (
    <div className="flex flex-col gap-4">
      <PageHeader title="Factures" />
      <InvoicesTable
        caption={`Factures de ${company.companyName}`}
        empty="Aucune facture."
        rows={invoices}
        invoiceHref={(id) => `${base}/${id}`}
        columns={BUYER_INVOICE_COLUMNS}
      />
      <InvoiceExports
        base={base}
        defaults={{
          from: `${dayOf(today).slice(0, 4)}-01-01`,
          to: dayOf(today),
          month: monthOf(today),
        }}
      />
    </div>
  );
}
