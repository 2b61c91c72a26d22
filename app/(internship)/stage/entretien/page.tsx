import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EndOfStageForm } from "@/components/internships/end-of-stage-form";
import { INTERVIEW_SLOT_FIELDS } from "@/components/internships/interview-fields";
import { InterviewView } from "@/components/internships/interview-view";
import { PageHeader } from "@/components/ui/page-header";
import { requireStagiaire } from "@/lib/auth/space-guards";
import {
  acceptInterviewAsStagiaireAction,
  counterProposeInterviewAction,
} from "@/lib/internships/actions";
import { getInterviewPage } from "@/lib/internships/interview";

export const metadata: Metadata = { title: "Mon entretien de 2e année" };

/** The stagiaire's year-2 interview: accept the contrôleur's date or propose another. */
export default async function MyInterviewPage() {
  const viewer = await requireStagiaire();
  const page = await getInterviewPage(viewer, "stagiaire", null);
  if (!page) notFound();
  const waiting = page.interview?.state === "PROPOSED_BY_CONTROLLER";
  return (
    <div className="flex flex-col gap-4">
      <PageHeader title="Entretien de 2e année" />
      {page.applies ? (
        <>
          <InterviewView page={page} />
          {waiting ? (
            <section aria-labelledby="interview-answer" className="flex flex-col gap-2">
              <h2 id="interview-answer" className="text-lg font-semibold">
                Répondre à la proposition
              </h2>
              <div className="grid gap-4 md:grid-cols-2">
                <EndOfStageForm
                  title="Accepter cette date"
                  schema="internshipId"
                  action={acceptInterviewAsStagiaireAction}
                  values={{ internshipId: page.dossier.id }}
                  submitLabel="Accepter la date proposée"
                />
                <EndOfStageForm
                  title="Proposer une autre date"
                  schema="counterProposeInterview"
                  action={counterProposeInterviewAction}
                  fields={INTERVIEW_SLOT_FIELDS}
                  submitLabel="Proposer cette date"
                  variant="secondary"
                />
              </div>
            </section>
          ) : null}
        </>
      ) : (
        <p>Votre stage ne comporte pas d&apos;entretien de 2e année.</p>
      )}
    </div>
  );
}
