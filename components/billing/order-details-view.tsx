import { AmountsSummary } from "@/components/billing/amounts-summary";
import { OrderStatusBadge } from "@/components/billing/status-badges";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { DataTable } from "@/components/ui/data-table";
import { InvoicesTable } from "./invoices-table";
import { PageHeader } from "@/components/ui/page-header";
import { formatVatRate } from "@/lib/billing/amounts";
import type { OrderDetails } from "@/lib/billing/order-details";
import { formatDate } from "@/lib/dates/paris";
import { formatCents } from "@/lib/format/money";

export type OrderLinks = {
  /** The space's list of orders (the breadcrumb). */
  list: { href: string; label: string };
  /** An invoice's page, when the viewer may open invoices in this space. */
  invoice: ((invoiceId: string) => string) | null;
};

/**
 * One order as the participant and the company read it: lines per session and
 * participant, amounts excl. and incl. VAT, its invoices and what remains due.
 */
export function OrderDetailsView({ order, links }: { order: OrderDetails; links: OrderLinks }) {
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <Breadcrumb items={[links.list, { label: `Commande ${order.reference}` }]} />
        <PageHeader
          title={`Commande ${order.reference}`}
          badge={<OrderStatusBadge status={order.status} />}
        />
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-sm">
          <dt className="font-medium">Date :</dt>
          <dd>{formatDate(order.orderedAt)}</dd>
          <dt className="font-medium">Payeur :</dt>
          <dd>{order.payer.kind === "company" ? order.payer.name : "Vous-même"}</dd>
          <dt className="font-medium">Organisme :</dt>
          <dd className="min-w-0 break-words">
            {order.organization.name}
            <span className="block text-ink-muted">
              {order.organization.legalName !== order.organization.name
                ? `${order.organization.legalName}, `
                : ""}
              {order.organization.addressLines.join(", ")}
            </span>
          </dd>
          {order.paidAt ? (
            <>
              <dt className="font-medium">Réglée le :</dt>
              <dd>{formatDate(order.paidAt)}</dd>
            </>
          ) : null}
        </dl>
      </div>

      <section aria-labelledby="lignes-title" className="flex flex-col gap-3">
        <h2 id="lignes-title" className="text-lg font-semibold">
          Formations commandées
        </h2>
        <DataTable
          caption="Lignes de la commande"
          rows={order.lines}
          rowKey={(l) => l.id}
          empty="Cette commande n'a aucune ligne."
          columns={[
            {
              header: "Session",
              cell: (l) =>
                l.session ? (
                  <div className="min-w-52">
                    <span className="font-medium">{l.session.title}</span>
                    <span className="block text-xs">Réf : {l.session.reference}</span>
                    <span className="block text-xs text-ink-muted">{l.session.dates}</span>
                  </div>
                ) : (
                  <span className="block min-w-52">{l.description}</span>
                ),
            },
            { header: "Participant", cell: (l) => l.session?.participantName ?? "" },
            { header: "Qté", cell: (l) => l.quantity, align: "right" },
            { header: "Montant HT", cell: (l) => formatCents(l.exclVat), align: "right" },
            {
              header: "TVA",
              cell: (l) => (
                <>
                  {formatCents(l.vat)}
                  <span className="block text-xs text-ink-muted">
                    {formatVatRate(l.vatRateBasisPoints)}
                  </span>
                </>
              ),
              align: "right",
            },
            { header: "Montant TTC", cell: (l) => formatCents(l.inclVat), align: "right" },
          ]}
        />
        <AmountsSummary totals={order.totals} vatByRate={order.vatByRate} />
      </section>

      <section aria-labelledby="factures-title" className="flex flex-col gap-3">
        <h2 id="factures-title" className="text-lg font-semibold">
          Factures
        </h2>
        <InvoicesTable
          caption="Factures de la commande"
          empty="Aucune facture n'a encore été émise pour cette commande."
          rows={order.invoices}
          columns={["number", "issuedAt", "dueAt", "total", "remaining", "state"]}
          invoiceHref={links.invoice ?? undefined}
        />
      </section>
    </div>
  );
}
