import type { Metadata } from "next";
import Link from "next/link";
import { OrderStatusBadge } from "@/components/billing/status-badges";
import { DataTable } from "@/components/ui/data-table";
import { listCompanyOrders } from "@/lib/companies/billing";
import { requireCompanyScope } from "@/lib/companies/page-guard";
import { formatDate } from "@/lib/dates/paris";
import { formatCents } from "@/lib/format/money";
import { orderScope } from "@/lib/scopes/billing";

export const metadata: Metadata = { title: "Commandes de l'entreprise" };

type Props = { params: Promise<{ companyId: string }> };

export default async function CompanyOrdersPage({ params }: Props) {
  const { companyId } = await params;
  const { company, scope } = await requireCompanyScope(companyId, orderScope);
  const orders = await listCompanyOrders(scope);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">Commandes</h1>
      <DataTable
        caption={`Commandes de ${company.companyName}`}
        rows={orders}
        rowKey={(o) => o.id}
        empty="Aucune commande."
        columns={[
          {
            header: "Réf commande",
            cell: (o) => (
              <Link
                href={`/entreprise/${company.companyId}/commandes/${o.id}`}
                className="font-medium whitespace-nowrap text-brand-800 underline"
              >
                {o.reference}
              </Link>
            ),
          },
          { header: "Date", cell: (o) => formatDate(o.orderedAt) },
          { header: "Organisme", cell: (o) => o.organizationName },
          {
            header: "Inscriptions",
            cell: (o) => (
              <ul className="flex flex-col gap-0.5">
                {o.lines.map((l, i) => (
                  <li key={i}>
                    {l.description}
                    {l.participantName ? ` – ${l.participantName}` : ""}
                  </li>
                ))}
              </ul>
            ),
          },
          { header: "Montant HT", cell: (o) => formatCents(o.totalExclVatCents), align: "right" },
          { header: "Montant TTC", cell: (o) => formatCents(o.totalInclVatCents), align: "right" },
          { header: "Statut", cell: (o) => <OrderStatusBadge status={o.status} /> },
        ]}
      />
    </div>
  );
}
