import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EndOfStageForm } from "@/components/internships/end-of-stage-form";
import { INTERVIEW_SLOT_FIELDS } from "@/components/internships/interview-fields";
import { InterviewView } from "@/components/internships/interview-view";
import { PageHeader } from "@/components/ui/page-header";
import { requireController } from "@/lib/auth/space-guards";
import {
  acceptInterviewAsControllerAction,
  proposeInterviewAction,
  recordInterviewReportAction,
} from "@/lib/internships/actions";
import { getInterviewPage } from "@/lib/internships/interview";

export const metadata: Metadata = { title: "Entretien de 2e année" };

type PageProps = { params: Promise<{ internshipId: string }> };

/** The contrôleur plans the year-2 interview and records its report; 404 outside his portfolio. */
export default async function ControllerInterviewPage({ params }: PageProps) {
  const viewer = await requireController();
  const { internshipId } = await params;
  const page = await getInterviewPage(viewer, "controller", internshipId);
  if (!page) notFound();
  const state = page.interview?.state ?? null;
  const open = page.applies && page.dossier.status === "ACTIVE" && state !== "HELD";
  const ids = { internshipId: page.dossier.id };
  return (
    <div className="flex flex-col gap-4">
      <PageHeader title={`Entretien de 2e année — ${page.dossier.stagiaireName}`} />
      {page.applies ? (
        <InterviewView page={page} />
      ) : (
        <p>Ce stage ne comporte pas d&apos;entretien de 2e année.</p>
      )}
      {open ? (
        <section aria-labelledby="interview-actions" className="flex flex-col gap-2">
          <h2 id="interview-actions" className="text-lg font-semibold">
            Planifier l&apos;entretien
          </h2>
          <div className="grid gap-4 md:grid-cols-2">
            {state === "PROPOSED_BY_STAGIAIRE" ? (
              <EndOfStageForm
                title="Accepter la date du stagiaire"
                schema="internshipId"
                action={acceptInterviewAsControllerAction}
                values={ids}
                submitLabel="Accepter la date proposée"
              />
            ) : null}
            {state === "ACCEPTED" ? (
              <EndOfStageForm
                title="Compte rendu de l'entretien"
                schema="interviewReport"
                action={recordInterviewReportAction}
                values={ids}
                fields={[{ name: "report", label: "Compte rendu", type: "textarea" }]}
                submitLabel="Enregistrer le compte rendu"
              />
            ) : null}
            <EndOfStageForm
              title={state ? "Proposer une autre date" : "Proposer une date"}
              schema="proposeInterview"
              action={proposeInterviewAction}
              values={ids}
              fields={INTERVIEW_SLOT_FIELDS}
              submitLabel="Envoyer la proposition"
              variant={state ? "secondary" : "primary"}
            />
          </div>
        </section>
      ) : null}
    </div>
  );
}
