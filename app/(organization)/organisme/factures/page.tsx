import type { Metadata } from "next";
import { InvoicesTable } from "@/components/billing/invoices-table";
import { PaymentForm } from "@/components/organization/payment-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireOrganizationStaff } from "@/lib/auth/space-guards";
import { listStaffInvoices } from "@/lib/organizations/back-office";

export const metadata: Metadata = { title: "Factures à régler" };

export default async function StaffInvoicesPage() {
  const viewer = await requireOrganizationStaff();
  const invoices = await listStaffInvoices(viewer, { unpaidOnly: true });
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(new Date());
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title="Factures à régler" />
      <InvoicesTable
        caption="Factures émises non soldées"
        empty="Aucune facture en attente de règlement."
        rows={invoices.map((i) => ({ ...i, remainingCents: i.totalInclVatCents - i.paidCents }))}
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
