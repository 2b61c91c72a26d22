import type { Metadata } from "next";
import { DataTable } from "@/components/ui/data-table";
import { requireParticipant } from "@/lib/auth/viewer";
import { INVOICE_STATUS_LABELS } from "@/lib/billing/labels";
import { listMyInvoices } from "@/lib/billing/participant-billing";
import { formatDate } from "@/lib/dates/paris";
import { formatCents } from "@/lib/format/money";

export const metadata: Metadata = { title: "Factures" };

export default async function MyInvoicesPage() {
  const viewer = await requireParticipant();
  const invoices = await listMyInvoices(viewer);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">Factures</h1>
      <DataTable
        caption="Mes factures"
        rows={invoices}
        rowKey={(i) => i.id}
        empty="Aucune facture."
        columns={[
          { header: "Numéro", cell: (i) => i.number },
          { header: "Date", cell: (i) => formatDate(i.issuedAt) },
          { header: "Réf commande", cell: (i) => i.orderReference },
          { header: "Organisme", cell: (i) => i.organizationName },
          { header: "Montant TTC", cell: (i) => formatCents(i.totalInclVatCents), align: "right" },
          {
            header: "Reste dû",
            cell: (i) => formatCents(Math.max(0, i.totalInclVatCents - i.paidCents)),
            align: "right",
          },
          { header: "Échéance", cell: (i) => formatDate(i.dueAt) },
          { header: "Statut", cell: (i) => INVOICE_STATUS_LABELS[i.status] },
        ]}
      />
    </div>
  );
}
