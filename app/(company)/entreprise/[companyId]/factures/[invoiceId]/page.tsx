import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { InvoiceDetailsView } from "@/components/billing/invoice-details-view";
import { getInvoiceDetails } from "@/lib/billing/invoice-details";
import { requireCompanyScope } from "@/lib/companies/page-guard";
import { invoiceScope, orderScope } from "@/lib/scopes/billing";

export const metadata: Metadata = { title: "Facture de l'entreprise" };

type Props = { params: Promise<{ companyId: string; invoiceId: string }> };

export default async function CompanyInvoicePage({ params }: Props) {
  const { companyId, invoiceId } = await params;
  const { company, actor, scope } = await requireCompanyScope(companyId, invoiceScope);
  const invoice = await getInvoiceDetails(scope, invoiceId);
  if (!invoice) notFound();
  const base = `/entreprise/${company.companyId}`;
  return (
    <InvoiceDetailsView
      invoice={invoice}
      links={{
        list: { href: `${base}/factures`, label: "Factures" },
        pdf: `${base}/factures/${invoice.id}/pdf`,
        order: orderScope(actor) ? `${base}/commandes/${invoice.order.id}` : null,
      }}
    />
  );
}
