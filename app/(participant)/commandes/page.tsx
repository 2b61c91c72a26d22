import type { Metadata } from "next";
import Link from "next/link";
import { OrderStatusBadge } from "@/components/billing/status-badges";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { requireParticipant } from "@/lib/auth/viewer";
import { listMyOrders } from "@/lib/billing/participant-billing";
import { formatDate } from "@/lib/dates/paris";
import { formatCents } from "@/lib/format/money";

export const metadata: Metadata = { title: "Commandes" };

export default async function MyOrdersPage() {
  const viewer = await requireParticipant();
  const orders = await listMyOrders(viewer);
  return (
    <div className="flex flex-col gap-4">
      <PageHeader title="Commandes" />
      <DataTable
        caption="Mes commandes"
        rows={orders}
        rowKey={(o) => o.id}
        empty="Aucune commande."
        columns={[
          {
            header: "Réf commande",
            cell: (o) => (
              <Link href={`/commandes/${o.id}`} className="font-medium text-brand-800 underline">
                {o.reference}
              </Link>
            ),
          },
          { header: "Date", cell: (o) => formatDate(o.orderedAt) },
          {
            header: "Sessions",
            cell: (o) => (
              <ul className="min-w-48">
                {o.sessions.map((s) => (
                  <li key={`${s.reference}|${s.title}`}>
                    {s.title}
                    {s.reference ? (
                      <span className="block text-xs text-ink-muted">Réf : {s.reference}</span>
                    ) : null}
                  </li>
                ))}
              </ul>
            ),
          },
          { header: "Organisme", cell: (o) => o.organizationName },
          { header: "Payeur", cell: (o) => o.payer },
          { header: "Montant HT", cell: (o) => formatCents(o.totalExclVatCents), align: "right" },
          { header: "Montant TTC", cell: (o) => formatCents(o.totalInclVatCents), align: "right" },
          {
            header: "Statut",
            cell: (o) => (
              <span className="whitespace-nowrap">
                <OrderStatusBadge status={o.status} />
              </span>
            ),
          },
        ]}
      />
    </div>
  );
}
