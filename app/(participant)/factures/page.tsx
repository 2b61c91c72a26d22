import type { Metadata } from "next";
import Link from "next/link";
import { InvoiceStateBadge } from "@/components/billing/status-badges";
import { DataTable } from "@/components/ui/data-table";
import { requireParticipant } from "@/lib/auth/viewer";
import { listInvoices } from "@/lib/billing/invoice-list";
import { formatDate } from "@/lib/dates/paris";
import { formatCents } from "@/lib/format/money";
import { participantActor } from "@/lib/scopes/actor";
import { invoiceScope } from "@/lib/scopes/billing";

export const metadata: Metadata = { title: "Factures" };

export default async function MyInvoicesPage() {
  const viewer = await requireParticipant();
  const invoices = await listInvoices(invoiceScope(participantActor(viewer)));
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">Factures</h1>
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
