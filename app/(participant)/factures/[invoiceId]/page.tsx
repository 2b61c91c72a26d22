import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AmountsSummary } from "@/components/billing/amounts-summary";
import { PaymentsTable } from "@/components/billing/payments-table";
import { InvoiceStateBadge } from "@/components/billing/status-badges";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { buttonClass } from "@/components/ui/button-link";
import { DataTable } from "@/components/ui/data-table";
import { requireParticipant } from "@/lib/auth/viewer";
import { formatVatRate } from "@/lib/billing/amounts";
import { getInvoiceDetails } from "@/lib/billing/invoice-details";
import { invoiceTerms } from "@/lib/billing/invoice-terms";
import { formatDate } from "@/lib/dates/paris";
import { formatCents } from "@/lib/format/money";
import { participantActor } from "@/lib/scopes/actor";
import { invoiceScope } from "@/lib/scopes/billing";

export const metadata: Metadata = { title: "Facture" };

type Props = { params: Promise<{ invoiceId: string }> };

export default async function InvoicePage({ params }: Props) {
  const participant = await requireParticipant();
  const { invoiceId } = await params;
  const invoice = await getInvoiceDetails(invoiceScope(participantActor(participant)), invoiceId);
  if (!invoice) notFound();
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <Breadcrumb
          items={[{ href: "/factures", label: "Factures" }, { label: `Facture ${invoice.number}` }]}
        />
        <div className="flex flex-wrap items-center gap-2">
          <h1 className="min-w-0 break-words text-2xl font-bold">Facture {invoice.number}</h1>
          <InvoiceStateBadge state={invoice.state} />
        </div>
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-sm">
          <dt className="font-medium">Émise le :</dt>
          <dd>{formatDate(invoice.issuedAt)}</dd>
          <dt className="font-medium">Échéance :</dt>
          <dd>{formatDate(invoice.dueAt)}</dd>
          <dt className="font-medium">Réf commande :</dt>
          <dd>
            <Link href={`/commandes/${invoice.order.id}`} className="underline">
              {invoice.order.reference}
            </Link>
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
          <a href={`/factures/${invoice.id}/pdf`} className={buttonClass("primary")}>
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
