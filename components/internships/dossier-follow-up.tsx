import type { ReactNode } from "react";
import { formatCalendarDay } from "@/lib/dates/paris";
import type { Dossier } from "@/lib/internships/dossier";

/**
 * A stagiaire's card in a supervisor's or a contrôleur's list: what waits for the reader,
 * then what is late. `Heading` follows the page's outline (h3 under the maître's h2, h4
 * under the contrôleur's h3).
 */
export function DossierFollowUp({
  Heading,
  waitingTitle,
  waiting,
  nothingWaiting,
  obligations,
}: {
  Heading: "h3" | "h4";
  waitingTitle: string;
  waiting: { key: string; item: ReactNode }[];
  nothingWaiting: string;
  obligations: Dossier["obligations"];
}) {
  const late = obligations.filter((o) => o.status === "late");
  return (
    <div className="mt-2 grid gap-3 sm:grid-cols-2">
      <div>
        <Heading className="font-semibold">
          {waitingTitle} ({waiting.length})
        </Heading>
        {waiting.length ? (
          <ul className="list-disc pl-5">
            {waiting.map((w) => (
              <li key={w.key}>{w.item}</li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-ink-muted">{nothingWaiting}</p>
        )}
      </div>
      <div>
        <Heading className="font-semibold">En retard ({late.length})</Heading>
        {late.length ? (
          <ul className="list-disc pl-5">
            {late.map((o) => (
              <li key={o.key}>
                {o.label} (échéance le {formatCalendarDay(o.due)})
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-ink-muted">Aucun retard.</p>
        )}
      </div>
    </div>
  );
}
