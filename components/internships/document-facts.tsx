import { formatCalendarDay } from "@/lib/dates/paris";
import type { InternshipDocumentState } from "@/lib/db/generated/enums";
import type { Obligation } from "@/lib/internships/obligations";
import { STATE_LABELS } from "@/lib/internships/state-machine";
import { ObligationStatusBadge } from "./obligation-status-badge";

/** A document's due date, status, state and period, as every space shows them. */
export function DocumentFacts({
  obligation,
  state,
  period,
}: {
  obligation: Obligation;
  state: InternshipDocumentState;
  /** Null until the stagiaire first saves a draft. */
  period: { periodStart: Date; periodEnd: Date } | null;
}) {
  return (
    <dl className="flex flex-wrap gap-x-8 gap-y-2">
      <div>
        <dt className="text-sm text-ink-muted">À remettre avant le</dt>
        <dd className="font-semibold">{formatCalendarDay(obligation.due)}</dd>
      </div>
      <div>
        <dt className="text-sm text-ink-muted">Statut</dt>
        <dd>
          <ObligationStatusBadge status={obligation.status} />
        </dd>
      </div>
      <div>
        <dt className="text-sm text-ink-muted">État du document</dt>
        <dd className="font-semibold">{STATE_LABELS[state]}</dd>
      </div>
      {period ? (
        <div>
          <dt className="text-sm text-ink-muted">Période couverte</dt>
          <dd>
            du {formatCalendarDay(period.periodStart)} au {formatCalendarDay(period.periodEnd)}
          </dd>
        </div>
      ) : null}
    </dl>
  );
}
