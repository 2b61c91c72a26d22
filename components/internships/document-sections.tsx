import { formatCalendarDay } from "@/lib/dates/paris";
import type { DocumentPage, DocumentView } from "@/lib/internships/documents";
import { STATE_LABELS } from "@/lib/internships/state-machine";
import { ReviewTrail, VersionList } from "./document-history";
import { ObligationStatusBadge } from "./obligation-status-badge";

/**
 * The parts of a stagiaire's document page that read the same on both sides of it (the
 * stagiaire's /stage, his maître de stage's /maitre-de-stage): its facts, then its PDF,
 * versions and visas.
 */
export function DocumentFacts({
  obligation,
  document,
}: {
  obligation: DocumentPage["obligation"];
  document: DocumentView | null;
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
        <dd className="font-semibold">{STATE_LABELS[document?.state ?? "DRAFT"]}</dd>
      </div>
      {document ? (
        <div>
          <dt className="text-sm text-ink-muted">Période couverte</dt>
          <dd>
            du {formatCalendarDay(document.periodStart)} au {formatCalendarDay(document.periodEnd)}
          </dd>
        </div>
      ) : null}
    </dl>
  );
}

/** The PDF link, the versions transmitted and the visa trail; `base` is the side's document path. */
export function DocumentRecord({
  document,
  base,
}: {
  document: DocumentView;
  base: "/stage/documents" | "/maitre-de-stage/documents";
}) {
  return (
    <>
      <p>
        <a href={`${base}/${document.id}/pdf`} className="text-brand-800 underline">
          Télécharger le document et ses visas (PDF)
        </a>
      </p>
      <section aria-labelledby="versions" className="flex flex-col gap-2">
        <h2 id="versions" className="text-xl font-semibold">
          Versions transmises
        </h2>
        <VersionList
          document={document}
          fileLink={(versionId) => `${base}/${document.id}/versions/${versionId}`}
        />
      </section>
      <section aria-labelledby="visas" className="flex flex-col gap-2">
        <h2 id="visas" className="text-xl font-semibold">
          Visas et observations
        </h2>
        <ReviewTrail document={document} />
      </section>
    </>
  );
}
