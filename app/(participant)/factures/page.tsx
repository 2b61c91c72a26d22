import type { Metadata } from "next";
import Link from "next/link";
import { InvoiceStateBadge } from "@/components/billing/status-badges";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { requireParticipant } from "@/lib/auth/viewer";
import { listMyInvoices } from "@/lib/billing/participant-billing";
import { formatDate } from "@/lib/dates/paris";
import { formatCents } from "@/lib/format/money";

export const metadata: Metadata = { title: "Factures" };

export default async function MyInvoicesPage() {
  const viewer = await requireParticipant();
  const invoices = await listMyInvoices(viewer);
  return (
    <div className="flex flex-col gap-4">
      <PageHeader title="Factures" />
      <DataTable
        caption="Mes factures"
        rows={invoices}
        rowKey={(i) => i.id}
        empty="Aucune facture."
        columns={[
          {
            header: "Numéro",
            cell: (i) => (
              <Link
                href={`/factures/${i.id}`}
                className="font-medium whitespace-nowrap text-brand-800 underline"
              >
                {i.number}
              </Link>
            ),
          },
          { header: "Date", cell: (i) => formatDate(i.issuedAt) },
          {
            header: "Réf commande",
            cell: (i) => (
              <Link href={`/commandes/${i.orderId}`} className="underline">
                {i.orderReference}
              </Link>
            ),
          },
          { header: "Organisme", cell: (i) => i.organizationName },
          { header: "Montant TTC", cell: (i) => formatCents(i.totalInclVatCents), align: "right" },
          { header: "Reste dû", cell: (i) => formatCents(i.remainingCents), align: "right" },
          { header: "Échéance", cell: (i) => formatDate(i.dueAt) },
          {
            header: "Statut",
            cell: (i) => (
              <span className="whitespace-nowrap">
                <InvoiceStateBadge state={i.state} />
              </span>
            ),
          },
        ]}
      />
    </div>
  );
}
