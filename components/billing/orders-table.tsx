import Link from "next/link";
import { pickColumns, type ColumnSet, type RowFor } from "@/components/ui/column-set";
import { DataTable } from "@/components/ui/data-table";
import { formatDate } from "@/lib/dates/paris";
import type { OrderStatus } from "@/lib/db/generated/enums";
import { formatCents } from "@/lib/format/money";
import { OrderStatusBadge } from "./status-badges";

/** What each column of an order list reads. */
type OrderFields = {
  reference: { id: string; reference: string };
  orderedAt: { orderedAt: Date };
  /** The sessions the order pays for (the participant's view). */
  sessions: { sessions: { title: string; reference: string }[] };
  /** One entry per line, with the collaborator it is for (the company's view). */
  lines: { lines: { description: string; participantName: string | null }[] };
  organization: { organizationName: string };
  payer: { payer: string };
  totalExclVat: { totalExclVatCents: number };
  totalInclVat: { totalInclVatCents: number };
  status: { status: OrderStatus };
};

export type OrderColumn = keyof OrderFields;

function orderColumns(orderHref?: (orderId: string) => string): ColumnSet<OrderFields> {
  return {
    reference: {
      header: "Réf commande",
      cell: (o) =>
        orderHref ? (
          <Link href={orderHref(o.id)} className="font-medium text-brand-800 underline">
            {o.reference}
          </Link>
        ) : (
          <span className="font-medium whitespace-nowrap">{o.reference}</span>
        ),
    },
    orderedAt: { header: "Date", cell: (o) => formatDate(o.orderedAt) },
    sessions: {
      header: "Sessions",
      cell: (o) => (
        <ul className="min-w-48">
          {o.sessions.map((s) => (
            <li key={`${s.reference}|${s.title}`}>
              {s.title}
              {s.reference ? (
                <span className="block text-xs text-ink-muted">Réf : {s.reference}</span>
              ) : null}
            </li>
          ))}
        </ul>
      ),
    },
    lines: {
      header: "Inscriptions",
      cell: (o) => (
        <ul className="flex flex-col gap-0.5">
          {o.lines.map((l, i) => (
            <li key={i}>
              {l.description}
              {l.participantName ? ` – ${l.participantName}` : ""}
            </li>
          ))}
        </ul>
      ),
    },
    organization: { header: "Organisme", cell: (o) => o.organizationName },
    payer: { header: "Payeur", cell: (o) => o.payer },
    totalExclVat: {
      header: "Montant HT",
      cell: (o) => formatCents(o.totalExclVatCents),
      align: "right",
    },
    totalInclVat: {
      header: "Montant TTC",
      cell: (o) => formatCents(o.totalInclVatCents),
      align: "right",
    },
    status: {
      header: "Statut",
      cell: (o) => (
        <span className="whitespace-nowrap">
          <OrderStatusBadge status={o.status} />
        </span>
      ),
    },
  };
}

/** An order list, as the participant and the company see theirs: each space chooses its columns. */
export function OrdersTable<K extends OrderColumn>({
  caption,
  empty,
  rows,
  columns,
  orderHref,
}: {
  caption: string;
  empty: string;
  rows: (RowFor<OrderFields, K> & { id: string })[];
  columns: readonly K[];
  orderHref?: (orderId: string) => string;
}) {
  return (
    <DataTable
      caption={caption}
      empty={empty}
      rows={rows}
      rowKey={(o) => o.id}
      columns={pickColumns(orderColumns(orderHref), columns)}
    />
  );
}
