import type { Metadata } from "next";
import { PaymentForm } from "@/components/organization/payment-form";
import { DataTable } from "@/components/ui/data-table";
import { requireOrganizationStaff } from "@/lib/auth/space-guards";
import { formatDate } from "@/lib/dates/paris";
import { formatCents } from "@/lib/format/money";
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
      <h1 className="text-2xl font-bold">Factures à régler</h1>
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
            cell: (i) => formatCents(i.remainingCents),
            align: "right",
          },
          { header: "Règlement", cell: (i) => <PaymentForm invoiceId={i.id} today={today} /> },
        ]}
      />
    </div>
  );
}
