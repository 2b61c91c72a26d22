import { DataTable } from "@/components/ui/data-table";
import { formatCalendarDay } from "@/lib/dates/paris";
import type { Obligation } from "@/lib/internships/obligations";
import Link from "next/link";
import { ObligationStatusBadge } from "./obligation-status-badge";

/**
 * Reports or sheets with their due date and status, each linking to its page.
 * The caption names the table (and its scroll region): unique on the page.
 */
export function DocumentList({
  caption,
  obligations,
  link,
}: {
  caption: string;
  obligations: Obligation[];
  link: (o: Obligation) => string | null;
}) {
  return (
    <DataTable
      caption={caption}
      rows={obligations}
      rowKey={(o) => o.key}
      empty="Aucun document à remettre pour ce stage."
      columns={[
        {
          header: "Document",
          cell: (o) => {
            const href = link(o);
            return href ? (
              <Link href={href} className="font-medium text-brand-800 underline">
                {o.label}
              </Link>
            ) : (
              o.label
            );
          },
        },
        { header: "Année", cell: (o) => o.year },
        { header: "À remettre avant le", cell: (o) => formatCalendarDay(o.due) },
        { header: "Statut", cell: (o) => <ObligationStatusBadge status={o.status} /> },
      ]}
    />
  );
}
