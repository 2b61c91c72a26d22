import { Breadcrumb } from "@/components/ui/breadcrumb";
import type { DocumentPage, DocumentView } from "@/lib/internships/documents";
import { ReviewTrail, VersionList } from "./document-history";
import { DocumentFacts } from "./document-facts";
import { CoReviewForm, ReviewForm } from "./review-form";

/** A stagiaire's document as the maître reads it: versions, what changed, the trail, the visa. */
export function SupervisorDocument({
  page,
  canReview,
  canCoReview,
}: {
  page: DocumentPage & { document: DocumentView };
  canReview: boolean;
  canCoReview: boolean;
}) {
  const { document, obligation, label, dossier } = page;
  const waiting = document.state === "SUBMITTED_TO_SUPERVISOR";
  return (
    <div className="flex flex-col gap-5">
      <Breadcrumb
        items={[
          { href: "/maitre-de-stage", label: "Mes stagiaires" },
          { href: `/maitre-de-stage/stagiaires/${dossier.id}`, label: dossier.stagiaireName },
          { label },
        ]}
      />
      <h1 className="text-2xl font-bold">
        {label} — {dossier.stagiaireName}
      </h1>
      <DocumentFacts obligation={obligation} state={document.state} period={document} />
      {waiting && canReview ? (
        <section aria-labelledby="visa" className="flex flex-col gap-2">
          <h2 id="visa" className="text-xl font-semibold">
            Mon visa
          </h2>
          <ReviewForm documentId={document.id} />
        </section>
      ) : null}
      {canCoReview ? (
        <section aria-labelledby="co-visa" className="flex flex-col gap-2">
          <h2 id="co-visa" className="text-xl font-semibold">
            Mon visa de co-maître
          </h2>
          <CoReviewForm documentId={document.id} />
        </section>
      ) : null}
      <p>
        <a
          href={`/maitre-de-stage/documents/${document.id}/pdf`}
          className="text-brand-800 underline"
        >
          Télécharger le document et ses visas (PDF)
        </a>
      </p>
      <section aria-labelledby="versions" className="flex flex-col gap-2">
        <h2 id="versions" className="text-xl font-semibold">
          Versions transmises
        </h2>
        <VersionList
          document={document}
          fileLink={(versionId) =>
            `/maitre-de-stage/documents/${document.id}/versions/${versionId}`
          }
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
