import type { Metadata } from "next";
import { InvoicesTable } from "@/components/billing/invoices-table";
import { PaymentForm } from "@/components/organization/payment-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireOrganizationStaff } from "@/lib/auth/space-guards";
import { listInvoices } from "@/lib/billing/invoice-list";
import { staffActor } from "@/lib/scopes/actor";
import { invoiceScope } from "@/lib/scopes/billing";

export const metadata: Metadata = { title: "Factures à régler" };

export default async function StaffInvoicesPage() {
  const viewer = await requireOrganizationStaff();
  const scope = invoiceScope(staffActor(viewer));
  const invoices = scope ? await listInvoices(scope, { unpaidOnly: true, take: 100 }) : [];
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(new Date());
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title="Factures à régler" />
      <InvoicesTable
        caption="Factures émises non soldées"
        empty="Aucune facture en attente de règlement."
        rows={invoices}
        columns={["number", "buyer", "dueAt", "remaining"]}
        headers={{ number: "Facture" }}
        action={{
          header: "Règlement",
          cell: (i) => <PaymentForm invoiceId={i.id} today={today} />,
        }}
      />
    </div>
  );
}
