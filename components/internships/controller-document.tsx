import { Breadcrumb } from "@/components/ui/breadcrumb";
import { PageHeader } from "@/components/ui/page-header";
import { formatDateTime } from "@/lib/dates/paris";
import { controllerDocumentPath } from "@/lib/internships/paths";
import type { ControlledDocumentPage } from "@/lib/internships/review";
import { ReviewTrail, VersionList } from "./document-history";
import { DocumentFacts } from "./document-facts";
import { ControllerDecisionForm } from "./review-form";

/**
 * A document as the contrôleur reads it: the version the maître visaed, his
 * observations, the decision ("Valider" or "Demander des corrections"), then
 * every version and the whole trail.
 */
export function ControllerDocument({ page }: { page: ControlledDocumentPage }) {
  const { document, obligation, label, dossier, observations, canDecide } = page;
  const latest = document.versions[0];
  return (
    <div className="flex flex-col gap-5">
      <Breadcrumb items={[{ href: "/controle-de-stage", label: "Mon portefeuille" }, { label }]} />
      <PageHeader title={`${label} — ${dossier.stagiaireName}`} />
      <DocumentFacts obligation={obligation} state={document.state} period={document} />
      <section aria-labelledby="observations-maitre" className="flex flex-col gap-2">
        <h2 id="observations-maitre" className="text-xl font-semibold">
          Visa du maître de stage{latest ? ` (version ${latest.version})` : ""}
        </h2>
        {observations.length === 0 ? (
          <p className="text-ink-muted">Aucun visa sur cette version.</p>
        ) : (
          <ul className="flex flex-col gap-2">
            {observations.map((r) => (
              <li key={r.id} className="rounded-md border border-slate-200 bg-white px-3 py-2">
                <p>
                  Visé par {r.user.firstName} {r.user.lastName}
                  {r.role === "CO_MASTER" ? " (co-maître, partie commissariat aux comptes)" : ""},
                  le {formatDateTime(r.at)}
                </p>
                <p className="mt-1 whitespace-pre-line border-l-4 border-slate-300 pl-3">
                  {r.comment ?? "Sans observation."}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
      {canDecide ? (
        <section aria-labelledby="decision" className="flex flex-col gap-2">
          <h2 id="decision" className="text-xl font-semibold">
            Ma décision
          </h2>
          <ControllerDecisionForm documentId={document.id} />
        </section>
      ) : null}
      <section aria-labelledby="versions" className="flex flex-col gap-2">
        <h2 id="versions" className="text-xl font-semibold">
          Versions transmises
        </h2>
        <VersionList
          document={document}
          fileLink={(versionId) => `${controllerDocumentPath(document.id)}/versions/${versionId}`}
        />
      </section>
      <section aria-labelledby="visas" className="flex flex-col gap-2">
        <h2 id="visas" className="text-xl font-semibold">
          Visas et observations
        </h2>
        <ReviewTrail document={document} />
      </section>
    </div>
  );
}
