import type { Metadata } from "next";
import Link from "next/link";
import { InvoiceStateBadge } from "@/components/billing/status-badges";
import { InvoiceExports } from "@/components/company/invoice-exports";
import { DataTable } from "@/components/ui/data-table";
import { listInvoices } from "@/lib/billing/invoice-list";
import { dayOf, monthOf } from "@/lib/billing/period";
import { requireCompanyScope } from "@/lib/companies/page-guard";
import { formatDate } from "@/lib/dates/paris";
import { formatCents } from "@/lib/format/money";
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
      <h1 className="text-2xl font-bold">Factures</h1>
      <DataTable
        caption={`Factures de ${company.companyName}`}
        rows={invoices}
        rowKey={(i) => i.id}
        empty="Aucune facture."
        columns={[
          {
            header: "Numéro",
            cell: (i) => (
              <Link
                href={`${base}/${i.id}`}
                className="font-medium whitespace-nowrap text-brand-800 underline"
              >
                {i.number}
              </Link>
            ),
          },
          { header: "Date", cell: (i) => formatDate(i.issuedAt) },
          { header: "Réf commande", cell: (i) => i.orderReference },
          { header: "Organisme", cell: (i) => i.organizationName },
          { header: "Montant TTC", cell: (i) => formatCents(i.totalInclVatCents), align: "right" },
          { header: "Réglé", cell: (i) => formatCents(i.paidCents), align: "right" },
          { header: "Reste dû", cell: (i) => formatCents(i.remainingCents), align: "right" },
          { header: "Échéance", cell: (i) => formatDate(i.dueAt) },
          { header: "Statut", cell: (i) => <InvoiceStateBadge state={i.state} /> },
        ]}
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
