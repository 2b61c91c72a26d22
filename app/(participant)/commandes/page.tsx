import type { Metadata } from "next";
import { DataTable } from "@/components/ui/data-table";
import { requireParticipant } from "@/lib/auth/viewer";
import { ORDER_STATUS_LABELS } from "@/lib/billing/labels";
import { listMyOrders } from "@/lib/billing/participant-billing";
import { formatDate } from "@/lib/dates/paris";
import { formatCents } from "@/lib/format/money";

export const metadata: Metadata = { title: "Commandes" };

export default async function MyOrdersPage() {
  const viewer = await requireParticipant();
  const orders = await listMyOrders(viewer);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">Commandes</h1>
      <DataTable
        caption="Mes commandes"
        rows={orders}
        rowKey={(o) => o.id}
        empty="Aucune commande."
        columns={[
          { header: "Réf commande", cell: (o) => o.reference },
          { header: "Date", cell: (o) => formatDate(o.orderedAt) },
          { header: "Organisme", cell: (o) => o.organizationName },
          { header: "Payeur", cell: (o) => o.payer },
          { header: "Montant HT", cell: (o) => formatCents(o.totalExclVatCents), align: "right" },
          { header: "Montant TTC", cell: (o) => formatCents(o.totalInclVatCents), align: "right" },
          { header: "Statut", cell: (o) => ORDER_STATUS_LABELS[o.status] },
        ]}
      />
    </div>
  );
}
