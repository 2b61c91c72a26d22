import { formatDateTime } from "@/lib/dates/paris";
import type { InternshipDocumentState, ReviewerRole } from "@/lib/db/generated/enums";
import { ACTIVITY_KINDS, activityTotals, CAC_KIND } from "@/lib/internships/activity-kinds";
import { diffLines } from "@/lib/internships/diff";
import type { DocumentView } from "@/lib/internships/documents";

const DECISION: Record<InternshipDocumentState, string> = {
  DRAFT: "Nouvelle version commencée",
  SUBMITTED_TO_SUPERVISOR: "Transmis au maître de stage",
  RETURNED: "Renvoyé au stagiaire",
  ENDORSED: "Visé",
  SUBMITTED_TO_CONTROLLER: "Transmis au contrôleur de stage",
  VALIDATED: "Validé",
  CORRECTIONS_REQUESTED: "Corrections demandées",
  FILED: "Déposé au conseil régional",
};

const ROLE: Record<ReviewerRole, string> = {
  STAGIAIRE: "stagiaire",
  MASTER: "maître de stage",
  CO_MASTER: "co-maître de stage",
  CONTROLLER: "contrôleur de stage",
  COUNCIL: "conseil régional",
};

/** The visa trail: every transition, who made it, when, and what they wrote. */
export function ReviewTrail({ document }: { document: DocumentView }) {
  if (document.reviews.length === 0) {
    return <p className="text-ink-muted">Ce document n&apos;a pas encore été transmis.</p>;
  }
  return (
    <ol className="flex flex-col gap-2">
      {document.reviews.map((r) => (
        <li key={r.id} className="rounded-md border border-slate-200 bg-white px-3 py-2">
          <p>
            <strong>{DECISION[r.toState]}</strong>
            {r.version ? ` (version ${r.version.version})` : ""} — {r.user.firstName}{" "}
            {r.user.lastName}, {ROLE[r.role]}, le {formatDateTime(r.at)}
          </p>
          {r.comment ? (
            <p className="mt-1 whitespace-pre-line border-l-4 border-slate-300 pl-3">{r.comment}</p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

function HoursGrid({ hours }: { hours: NonNullable<DocumentView["versions"][number]["hours"]> }) {
  const totals = activityTotals(hours);
  return (
    <table className="mt-2 w-full max-w-xl border-collapse text-sm">
      <caption className="sr-only">Heures par nature de travaux</caption>
      <thead>
        <tr>
          <th scope="col" className="text-left">
            Nature des travaux
          </th>
          <th scope="col" className="text-right">
            Heures
          </th>
        </tr>
      </thead>
      <tbody>
        {ACTIVITY_KINDS.map((k) => (
          <tr key={k.key} className="border-t border-slate-200">
            <th scope="row" className="text-left font-normal">
              {k.label}
            </th>
            <td className="text-right">{hours[k.key] ?? 0}</td>
          </tr>
        ))}
        <tr className="border-t border-slate-400 font-semibold">
          <th scope="row" className="text-left">
            Total expertise comptable
          </th>
          <td className="text-right">{totals.general}</td>
        </tr>
        <tr className="border-t border-slate-200">
          <th scope="row" className="text-left font-normal">
            {CAC_KIND.label} (à part)
          </th>
          <td className="text-right">{totals.cac}</td>
        </tr>
      </tbody>
    </table>
  );
}

/** The versions transmitted, newest first, each with what changed since the one before. */
export function VersionList({
  document,
  fileLink,
}: {
  document: DocumentView;
  fileLink: (versionId: string) => string;
}) {
  if (document.versions.length === 0) {
    return <p className="text-ink-muted">Aucune version transmise pour l&apos;instant.</p>;
  }
  return (
    <ol className="flex flex-col gap-3">
      {document.versions.map((v, i) => {
        const previous = document.versions[i + 1];
        const changes =
          previous && previous.body !== null && v.body !== null
            ? diffLines(previous.body, v.body).filter((l) => l.kind !== "same")
            : null;
        return (
          <li key={v.id} className="rounded-lg border border-slate-200 bg-white p-3">
            <h3 className="font-semibold">
              Version {v.version} — transmise le {formatDateTime(v.createdAt)} par{" "}
              {v.createdBy.firstName} {v.createdBy.lastName}
            </h3>
            {v.fileName ? (
              <p>
                Fichier :{" "}
                <a href={fileLink(v.id)} className="text-brand-800 underline">
                  {v.fileName}
                </a>
              </p>
            ) : null}
            {v.hours ? <HoursGrid hours={v.hours} /> : null}
            {v.body ? (
              <details className="mt-2" open={i === 0}>
                <summary className="cursor-pointer text-brand-800">
                  Texte de la version {v.version}
                </summary>
                <div className="mt-2 whitespace-pre-line">{v.body}</div>
              </details>
            ) : null}
            {changes ? (
              <details className="mt-2">
                <summary className="cursor-pointer text-brand-800">
                  Ce qui a changé depuis la version {previous!.version} ({changes.length} paragraphe
                  {changes.length > 1 ? "s" : ""})
                </summary>
                <ul className="mt-2 flex flex-col gap-1">
                  {changes.map((c, k) => (
                    <li
                      key={k}
                      className={
                        c.kind === "added"
                          ? "border-l-4 border-green-700 bg-green-50 pl-2"
                          : "border-l-4 border-red-700 bg-red-50 pl-2 line-through"
                      }
                    >
                      <span className="sr-only">
                        {c.kind === "added" ? "Ajouté : " : "Retiré : "}
                      </span>
                      {c.text || "(ligne vide)"}
                    </li>
                  ))}
                </ul>
              </details>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}

/**
 * What each space shows below a document: the PDF of the document and its
 * visas (in the spaces that serve one), the versions transmitted, the visa
 * trail. `base` is the document's address in that space; its files hang below.
 */
export function DocumentRecord({
  document,
  base,
  pdf,
}: {
  document: DocumentView;
  base: string;
  pdf: boolean;
}) {
  return (
    <>
      {pdf ? (
        <p>
          <a href={`${base}/pdf`} className="text-brand-800 underline">
            Télécharger le document et ses visas (PDF)
          </a>
        </p>
      ) : null}
      <section aria-labelledby="versions" className="flex flex-col gap-2">
        <h2 id="versions" className="text-xl font-semibold">
          Versions transmises
        </h2>
        <VersionList
          document={document}
          fileLink={(versionId) => `${base}/versions/${versionId}`}
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
