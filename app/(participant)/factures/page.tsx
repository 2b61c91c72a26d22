import type { Metadata } from "next";
import { BUYER_INVOICE_COLUMNS, InvoicesTable } from "@/components/billing/invoices-table";
import { PageHeader } from "@/components/ui/page-header";
import { requireParticipant } from "@/lib/auth/viewer";
import { listInvoices } from "@/lib/billing/invoice-list";
import { participantActor } from "@/lib/scopes/actor";
import { invoiceScope } from "@/lib/scopes/billing";

export const metadata: Metadata = { title: "Factures" };

export default async function MyInvoicesPage() {
  const viewer = await requireParticipant();
  const invoices = await listInvoices(invoiceScope(participantActor(viewer)));
  return (
    <div className="flex flex-col gap-4">
      <PageHeader title="Factures" />
      <InvoicesTable
        caption="Mes factures"
        empty="Aucune facture."
        rows={invoices}
        columns={BUYER_INVOICE_COLUMNS.filter((column) => column !== "paid")}
        invoiceHref={(id) => `/factures/${id}`}
        orderHref={(id) => `/commandes/${id}`}
      />
    </div>
  );
}
