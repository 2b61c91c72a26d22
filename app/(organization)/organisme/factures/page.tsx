import type { Metadata } from "next";
import { PaymentForm } from "@/components/organization/payment-form";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { requireOrganizationStaff } from "@/lib/auth/space-guards";
import { formatDate } from "@/lib/dates/paris";
import { formatCents } from "@/lib/format/money";
import { listStaffInvoices } from "@/lib/organizations/back-office";

export const metadata: Metadata = { title: "Factures à régler" };

export default async function StaffInvoicesPage() {
  const viewer = await requireOrganizationStaff();
  const invoices = await listStaffInvoices(viewer, { unpaidOnly: true });
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(new Date());
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title="Factures à régler" />
      <DataTable
        caption="Factures émises non soldées"
        rows={invoices}
        rowKey={(i) => i.id}
        empty="Aucune facture en attente de règlement."
        columns={[
          { header: "Facture", cell: (i) => i.number },
          { header: "Client", cell: (i) => i.buyerName },
          { header: "Échéance", cell: (i) => formatDate(i.dueAt) },
          {
            header: "Reste dû",
            cell: (i) => formatCents(i.totalInclVatCents - i.paidCents),
            align: "right",
          },
          { header: "Règlement", cell: (i) => <PaymentForm invoiceId={i.id} today={today} /> },
        ]}
      />
    </div>
  );
}
