import type { ReactNode } from "react";
import type { RegistrationSummary } from "@/lib/sessions/session-card";
import { RegistrationStatusBadge } from "./registration-status-badge";
import { SessionSummary } from "./session-summary";

/**
 * The card of one registration, shared by the participant's "Mes sessions" and the
 * manager's view of a collaborator: the session's summary, the status badge with what
 * each space adds beside it, then each space's actions or documents.
 */
export function RegistrationCard({
  headingId,
  summary,
  extra,
  beside,
  children,
}: {
  headingId: string;
  summary: RegistrationSummary;
  extra?: { label: string; value: string }[];
  /** Shown after the status badge (a reason, a cancelled session). */
  beside: ReactNode;
  children: ReactNode;
}) {
  return (
    <article
      aria-labelledby={headingId}
      className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <SessionSummary
        headingId={headingId}
        title={summary.title}
        modality={summary.modality}
        reference={summary.reference}
        orderReference={summary.orderReference}
        dates={summary.dates}
        extra={extra}
        place={summary.place}
        organizerName={summary.organizerName}
      />
      <div className="flex flex-wrap items-center gap-2">
        <RegistrationStatusBadge status={summary.status} />
        {beside}
      </div>
      {children}
    </article>
  );
}
