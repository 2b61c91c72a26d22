import type { Metadata } from "next";
import { OrdersTable } from "@/components/billing/orders-table";
import { PageHeader } from "@/components/ui/page-header";
import { listCompanyOrders } from "@/lib/companies/billing";
import { requireCompanyScope } from "@/lib/companies/page-guard";
import { orderScope } from "@/lib/scopes/billing";

export const metadata: Metadata = { title: "Commandes de l'entreprise" };

type Props = { params: Promise<{ companyId: string }> };

export default async function CompanyOrdersPage({ params }: Props) {
  const { companyId } = await params;
  const { company, scope } = await requireCompanyScope(companyId, orderScope);
  const orders = await listCompanyOrders(scope);
  return (
    <div className="flex flex-col gap-4">
      <PageHeader title="Commandes" />
      <OrdersTable
        caption={`Commandes de ${company.companyName}`}
        empty="Aucune commande."
        rows={orders}
        orderHref={(id) => `/entreprise/${company.companyId}/commandes/${id}`}
        columns={[
          "reference",
          "orderedAt",
          "organization",
          "lines",
          "totalExclVat",
          "totalInclVat",
          "status",
        ]}
      />
    </div>
  );
}
