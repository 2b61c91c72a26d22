import Link from "next/link";
import { AmountsSummary } from "@/components/billing/amounts-summary";
import { PaymentsTable } from "@/components/billing/payments-table";
import { InvoiceStateBadge } from "@/components/billing/status-badges";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { buttonClass } from "@/components/ui/button-link";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { formatVatRate } from "@/lib/billing/amounts";
import type { InvoiceDetails } from "@/lib/billing/invoice-details";
import { invoiceTerms } from "@/lib/billing/invoice-terms";
import { formatDate } from "@/lib/dates/paris";
import { formatCents } from "@/lib/format/money";

export type InvoiceLinks = {
  /** The space's list of invoices (the breadcrumb). */
  list: { href: string; label: string };
  pdf: string;
  /** The order's page, when the viewer may open it in this space. */
  order: string | null;
};

/** One invoice as the participant and the company read it: header, lines, payments, terms. */
export function InvoiceDetailsView({
  invoice,
  links,
}: {
  invoice: InvoiceDetails;
  links: InvoiceLinks;
}) {
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <Breadcrumb items={[links.list, { label: `Facture ${invoice.number}` }]} />
        <PageHeader
          title={`Facture ${invoice.number}`}
          badge={<InvoiceStateBadge state={invoice.state} />}
        />
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-sm">
          <dt className="font-medium">Émise le :</dt>
          <dd>{formatDate(invoice.issuedAt)}</dd>
          <dt className="font-medium">Échéance :</dt>
          <dd>{formatDate(invoice.dueAt)}</dd>
          <dt className="font-medium">Réf commande :</dt>
          <dd>
            {links.order ? (
              <Link href={links.order} className="underline">
                {invoice.order.reference}
              </Link>
            ) : (
              invoice.order.reference
            )}
          </dd>
          <dt className="font-medium">Organisme :</dt>
          <dd className="min-w-0 break-words">{invoice.seller.name}</dd>
          <dt className="font-medium">Client :</dt>
          <dd className="min-w-0 break-words">
            {invoice.buyer.name}
            <span className="block text-ink-muted">{invoice.buyer.addressLines.join(", ")}</span>
          </dd>
        </dl>
        <div>
          {/* A plain link: the PDF is a file from a route handler, not a page. */}
          <a href={links.pdf} className={buttonClass("primary")}>
            Télécharger la facture (PDF)
          </a>
        </div>
      </div>

      <section aria-labelledby="detail-title" className="flex flex-col gap-3">
        <h2 id="detail-title" className="text-lg font-semibold">
          Détail
        </h2>
        <DataTable
          caption="Lignes de la facture"
          rows={invoice.lines}
          rowKey={(l) => String(l.position)}
          empty="Cette facture n'a aucune ligne."
          columns={[
            {
              header: "Désignation",
              cell: (l) => <span className="block min-w-52">{l.description}</span>,
            },
            { header: "Qté", cell: (l) => l.quantity, align: "right" },
            {
              header: "Prix unit. HT",
              cell: (l) => formatCents(l.unitPriceExclVatCents),
              align: "right",
            },
            { header: "TVA", cell: (l) => formatVatRate(l.vatRateBasisPoints), align: "right" },
            { header: "Total HT", cell: (l) => formatCents(l.totalExclVatCents), align: "right" },
          ]}
        />
        <AmountsSummary totals={invoice.totals} vatByRate={invoice.vatByRate} />
      </section>

      <section aria-labelledby="reglements-title" className="flex flex-col gap-3">
        <h2 id="reglements-title" className="text-lg font-semibold">
          Règlements
        </h2>
        <PaymentsTable invoice={invoice} />
      </section>

      <section aria-labelledby="conditions-title" className="flex flex-col gap-2 text-sm">
        <h2 id="conditions-title" className="text-lg font-semibold">
          Conditions de paiement
        </h2>
        <ul className="flex list-disc flex-col gap-1 pl-5">
          {invoiceTerms(invoice.seller.paymentTerms).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>
    </div>
  );
}
