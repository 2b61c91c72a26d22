import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { OrderDetailsView } from "@/components/billing/order-details-view";
import { getOrderDetails } from "@/lib/billing/order-details";
import { requireCompanyScope } from "@/lib/companies/page-guard";
import { invoiceScope, orderScope } from "@/lib/scopes/billing";

export const metadata: Metadata = { title: "Commande de l'entreprise" };

type Props = { params: Promise<{ companyId: string; orderId: string }> };

export default async function CompanyOrderPage({ params }: Props) {
  const { companyId, orderId } = await params;
  const { company, actor, scope } = await requireCompanyScope(companyId, orderScope);
  const order = await getOrderDetails(scope, orderId);
  if (!order) notFound();
  const base = `/entreprise/${company.companyId}`;
  return (
    <OrderDetailsView
      order={order}
      links={{
        list: { href: `${base}/commandes`, label: "Commandes" },
        invoice: invoiceScope(actor) ? (id) => `${base}/factures/${id}` : null,
      }}
    />
  );
}
