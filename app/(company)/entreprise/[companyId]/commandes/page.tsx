import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { OrdersTable } from "@/components/billing/orders-table";
import { PageHeader } from "@/components/ui/page-header";
import { listCompanyOrders } from "@/lib/companies/billing";
import { requireCompanyPage } from "@/lib/companies/page-guard";

export const metadata: Metadata = { title: "Commandes de l'entreprise" };

type Props = { params: Promise<{ companyId: string }> };

export default async function CompanyOrdersPage({ params }: Props) {
  const { companyId } = await params;
  const { viewer, company } = await requireCompanyPage(companyId, "orders.view");
  const orders = await listCompanyOrders(viewer, company.companyId);
  if (!orders) notFound();
  return (
    <div className="flex flex-col gap-4">
      <PageHeader title="Commandes" />
      <OrdersTable
        caption={`Commandes de ${company.companyName}`}
        empty="Aucune commande."
        rows={orders}
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
