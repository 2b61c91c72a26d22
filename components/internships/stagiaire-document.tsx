import { Breadcrumb } from "@/components/ui/breadcrumb";
import type { DocumentPage } from "@/lib/internships/documents";
import { EDITABLE_STATES } from "@/lib/internships/state-machine";
import { DocumentEditor } from "./document-editor";
import { ReviewTrail, VersionList } from "./document-history";
import { DocumentFacts } from "./document-facts";
import { SubmitToController } from "./submit-to-controller";
import { PageHeader } from "@/components/ui/page-header";

/** A report or an activity sheet as its stagiaire sees it: write, transmit, follow. */
export function StagiaireDocument({ page }: { page: DocumentPage }) {
  const { document, obligation, label } = page;
  const state = document?.state ?? "DRAFT";
  const editable = EDITABLE_STATES.includes(state);
  const lastReview = document?.reviews.at(-1);
  const returned = state === "RETURNED" || state === "CORRECTIONS_REQUESTED";
  const kind = page.kind === "ACTIVITY_SHEET" ? "ACTIVITY_SHEET" : "REPORT";
  return (
    <div className="flex flex-col gap-5">
      <Breadcrumb
        items={[{ href: "/stage/rapports", label: "Mes rapports et fiches" }, { label }]}
      />
      <PageHeader title={label} />
      <DocumentFacts obligation={obligation} state={state} period={document ?? null} />
      {state === "VALIDATED" && lastReview?.role === "CONTROLLER" ? (
        <div role="note" className="rounded-md border-l-4 border-green-700 bg-green-50 px-3 py-2">
          <p className="font-semibold">
            Validé par votre contrôleur de stage, {lastReview.user.firstName}{" "}
            {lastReview.user.lastName}
            {lastReview.comment ? " :" : "."}
          </p>
          {lastReview.comment ? <p className="whitespace-pre-line">{lastReview.comment}</p> : null}
        </div>
      ) : null}
      {returned && lastReview?.comment ? (
        <div role="note" className="rounded-md border-l-4 border-amber-600 bg-amber-50 px-3 py-2">
          <p className="font-semibold">
            {state === "RETURNED"
              ? "Renvoyé par votre maître de stage"
              : "Corrections demandées par votre contrôleur de stage"}{" "}
            :
          </p>
          <p className="whitespace-pre-line">{lastReview.comment}</p>
        </div>
      ) : null}
      {state === "ENDORSED" && document ? <SubmitToController documentId={document.id} /> : null}
      {editable ? (
        <DocumentEditor
          kind={kind}
          sequence={page.sequence}
          documentId={document?.id ?? null}
          initialBody={document?.draftBody ?? ""}
          initialHours={document?.draftHours ?? {}}
          draftFileName={document?.draftFileName ?? null}
          heading={document?.versions.length ? "Rédiger une nouvelle version" : "Rédiger"}
        />
      ) : null}
      {document ? (
        <>
          <p>
            <a href={`/stage/documents/${document.id}/pdf`} className="text-brand-800 underline">
              Télécharger le document et ses visas (PDF)
            </a>
          </p>
          <section aria-labelledby="versions" className="flex flex-col gap-2">
            <h2 id="versions" className="text-xl font-semibold">
              Versions transmises
            </h2>
            <VersionList
              document={document}
              fileLink={(versionId) => `/stage/documents/${document.id}/versions/${versionId}`}
            />
          </section>
          <section aria-labelledby="visas" className="flex flex-col gap-2">
            <h2 id="visas" className="text-xl font-semibold">
              Visas et observations
            </h2>
            <ReviewTrail document={document} />
          </section>
        </>
      ) : null}
    </div>
  );
}
