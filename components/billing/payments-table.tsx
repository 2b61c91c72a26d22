import { DataTable } from "@/components/ui/data-table";
import type { InvoiceDetails } from "@/lib/billing/invoice-details";
import { PAYMENT_METHOD_LABELS } from "@/lib/billing/labels";
import { formatDate } from "@/lib/dates/paris";
import { formatCents } from "@/lib/format/money";

/** Règlements: what was received against the invoice, then what remains due. */
export function PaymentsTable({ invoice }: { invoice: InvoiceDetails }) {
  return (
    <div className="flex flex-col gap-3">
      <DataTable
        caption="Règlements reçus"
        rows={invoice.payments}
        rowKey={(p) => p.id}
        empty="Aucun règlement reçu à ce jour."
        columns={[
          { header: "Date", cell: (p) => formatDate(p.paidAt) },
          { header: "Mode", cell: (p) => PAYMENT_METHOD_LABELS[p.method] },
          { header: "Référence", cell: (p) => p.reference ?? "" },
          { header: "Montant", cell: (p) => formatCents(p.amountCents), align: "right" },
        ]}
      />
      <dl className="w-full rounded-lg border border-slate-200 bg-white p-4 text-sm sm:ml-auto sm:max-w-sm">
        <div className="flex justify-between gap-4 py-1">
          <dt>Total réglé</dt>
          <dd className="whitespace-nowrap">{formatCents(invoice.paidCents)}</dd>
        </div>
        <div className="flex justify-between gap-4 border-t border-slate-200 py-1 font-semibold">
          <dt>Reste à payer</dt>
          <dd className="whitespace-nowrap">{formatCents(invoice.remainingCents)}</dd>
        </div>
      </dl>
    </div>
  );
}
