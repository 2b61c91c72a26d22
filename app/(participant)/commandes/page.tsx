import type { Metadata } from "next";
import { OrdersTable } from "@/components/billing/orders-table";
import { PageHeader } from "@/components/ui/page-header";
import { requireParticipant } from "@/lib/auth/viewer";
import { listMyOrders } from "@/lib/billing/participant-billing";

export const metadata: Metadata = { title: "Commandes" };

export default async function MyOrdersPage() {
  const viewer = await requireParticipant();
  const orders = await listMyOrders(viewer);
  return (
    <div className="flex flex-col gap-4">
      <PageHeader title="Commandes" />
      <OrdersTable
        caption="Mes commandes"
        empty="Aucune commande."
        rows={orders}
        columns={[
          "reference",
          "orderedAt",
          "sessions",
          "organization",
          "payer",
          "totalExclVat",
          "totalInclVat",
          "status",
        ]}
        orderHref={(id) => `/commandes/${id}`}
      />
    </div>
  );
}
