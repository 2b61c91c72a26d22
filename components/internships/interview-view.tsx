import { formatCalendarDay, formatDateTime } from "@/lib/dates/paris";
import { INTERVIEW_STATE_LABELS, type InterviewPage } from "@/lib/internships/interview";
import { OBLIGATION_STATUS_LABELS } from "@/lib/internships/obligations";

/** Where the year-2 interview stands: the obligation, the last proposal, the report. */
export function InterviewView({ page }: { page: InterviewPage }) {
  const obligation = page.dossier.obligations.find((o) => o.kind === "interview");
  const i = page.interview;
  return (
    <div className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
      {obligation ? (
        <p>
          À tenir avant le {formatCalendarDay(obligation.due)} — statut :{" "}
          <strong>{OBLIGATION_STATUS_LABELS[obligation.status]}</strong>
        </p>
      ) : null}
      {i ? (
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
          <dt className="text-sm text-ink-muted">Où en est l&apos;entretien</dt>
          <dd className="font-medium">{INTERVIEW_STATE_LABELS[i.state]}</dd>
          <dt className="text-sm text-ink-muted">Date</dt>
          <dd className="font-medium">{formatDateTime(i.scheduledAt)}</dd>
          <dt className="text-sm text-ink-muted">{i.videoLink ? "Visioconférence" : "Lieu"}</dt>
          <dd className="break-words font-medium">{i.videoLink ?? i.place}</dd>
          <dt className="text-sm text-ink-muted">Proposé par</dt>
          <dd>{i.proposedByName}</dd>
          {i.message ? (
            <>
              <dt className="text-sm text-ink-muted">Message</dt>
              <dd className="whitespace-pre-line">{i.message}</dd>
            </>
          ) : null}
        </dl>
      ) : (
        <p>Aucune date n&apos;a encore été proposée.</p>
      )}
      {page.report ? (
        <div className="flex flex-col gap-1">
          <h2 className="text-lg font-semibold">Compte rendu de l&apos;entretien</h2>
          <p className="text-sm text-ink-muted">
            Enregistré le {formatDateTime(page.report.at)} par {page.report.byName}
          </p>
          <p className="whitespace-pre-line">{page.report.body}</p>
        </div>
      ) : null}
    </div>
  );
}
