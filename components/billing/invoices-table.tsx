import Link from "next/link";
import { DataTable, type Column } from "@/components/ui/data-table";
import { pickColumns, type ColumnSet, type RowFor } from "@/components/ui/column-set";
import type { InvoiceState } from "@/lib/billing/payment-rules";
import { formatDate } from "@/lib/dates/paris";
import { formatCents } from "@/lib/format/money";
import { InvoiceStateBadge } from "./status-badges";

/** What each column of an invoice list reads. */
type InvoiceFields = {
  number: { id: string; number: string };
  issuedAt: { issuedAt: Date };
  order: { orderId?: string; orderReference: string };
  organization: { organizationName: string };
  buyer: { buyerName: string };
  total: { totalInclVatCents: number };
  paid: { paidCents: number };
  remaining: { remainingCents: number };
  dueAt: { dueAt: Date };
  state: { state: InvoiceState };
};

export type InvoiceColumn = keyof InvoiceFields;

/**
 * A buyer's own invoice list (the company's; the participant's without
 * "Réglé"): which invoice, order and organization, the amounts, the due date
 * and the state.
 */
export const BUYER_INVOICE_COLUMNS = [
  "number",
  "issuedAt",
  "order",
  "organization",
  "total",
  "paid",
  "remaining",
  "dueAt",
  "state",
] as const satisfies readonly InvoiceColumn[];

function invoiceColumns(links: {
  invoiceHref?: (invoiceId: string) => string;
  orderHref?: (orderId: string) => string;
}): ColumnSet<InvoiceFields> {
  return {
    number: {
      header: "Numéro",
      cell: (i) =>
        links.invoiceHref ? (
          <Link
            href={links.invoiceHref(i.id)}
            className="font-medium whitespace-nowrap text-brand-800 underline"
          >
            {i.number}
          </Link>
        ) : (
          <span className="font-medium whitespace-nowrap">{i.number}</span>
        ),
    },
    issuedAt: { header: "Date", cell: (i) => formatDate(i.issuedAt) },
    order: {
      header: "Réf commande",
      cell: (i) =>
        links.orderHref && i.orderId ? (
          <Link href={links.orderHref(i.orderId)} className="underline">
            {i.orderReference}
          </Link>
        ) : (
          i.orderReference
        ),
    },
    organization: { header: "Organisme", cell: (i) => i.organizationName },
    buyer: { header: "Client", cell: (i) => i.buyerName },
    total: { header: "Montant TTC", cell: (i) => formatCents(i.totalInclVatCents), align: "right" },
    paid: { header: "Réglé", cell: (i) => formatCents(i.paidCents), align: "right" },
    remaining: { header: "Reste dû", cell: (i) => formatCents(i.remainingCents), align: "right" },
    dueAt: { header: "Échéance", cell: (i) => formatDate(i.dueAt) },
    state: {
      header: "Statut",
      cell: (i) => (
        <span className="whitespace-nowrap">
          <InvoiceStateBadge state={i.state} />
        </span>
      ),
    },
  };
}

/**
 * An invoice list, as the participant, the company and the organization see
 * theirs: each space chooses its columns (and links, and an action column).
 */
export function InvoicesTable<K extends InvoiceColumn>({
  caption,
  empty,
  rows,
  columns,
  headers,
  invoiceHref,
  orderHref,
  action,
}: {
  caption: string;
  empty: string;
  rows: (RowFor<InvoiceFields, K> & { id: string })[];
  columns: readonly K[];
  headers?: Partial<Record<K, string>>;
  invoiceHref?: (invoiceId: string) => string;
  orderHref?: (orderId: string) => string;
  /** A last column that acts on the invoice (recording a payment). */
  action?: Column<RowFor<InvoiceFields, K> & { id: string }>;
}) {
  const chosen = pickColumns(invoiceColumns({ invoiceHref, orderHref }), columns, headers);
  return (
    <DataTable
      caption={caption}
      empty={empty}
      rows={rows}
      rowKey={(i) => i.id}
      columns={action ? [...chosen, action] : chosen}
    />
  );
}
