import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { InvoiceStateBadge } from "@/components/billing/status-badges";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { listCompanyInvoices } from "@/lib/companies/billing";
import { requireCompanyPage } from "@/lib/companies/page-guard";
import { formatDate } from "@/lib/dates/paris";
import { formatCents } from "@/lib/format/money";

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
      <DataTable
        caption={`Factures de ${company.companyName}`}
        rows={invoices}
        rowKey={(i) => i.id}
        empty="Aucune facture."
        columns={[
          {
            header: "Numéro",
            cell: (i) => <span className="font-medium whitespace-nowrap">{i.number}</span>,
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
    </div>
  );
}
