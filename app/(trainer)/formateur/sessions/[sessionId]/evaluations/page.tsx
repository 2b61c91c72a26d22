import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SessionResultsView } from "@/components/questionnaires/session-results-view";
import { AssessmentForm } from "@/components/trainer/assessment-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireTrainer } from "@/lib/auth/space-guards";
import { formatDate, formatDateTime } from "@/lib/dates/paris";
import { ASSESSMENT_RATINGS, ASSESSMENT_REMARKS } from "@/lib/trainers/assessment-questions";
import { getTrainerEvaluations } from "@/lib/trainers/evaluations";

export const metadata: Metadata = { title: "Évaluations de la session" };

type Props = { params: Promise<{ sessionId: string }> };

export default async function TrainerEvaluationsPage({ params }: Props) {
  const viewer = await requireTrainer();
  const { sessionId } = await params;
  const evaluations = await getTrainerEvaluations(viewer, sessionId);
  if (!evaluations) notFound();
  const { assessment } = evaluations;
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={`Évaluations — ${evaluations.title}`}
        back={{ href: `/formateur/sessions/${sessionId}`, label: "Retour à la session" }}
      >
        <p className="text-sm text-ink-muted">Réf : {evaluations.reference}</p>
      </PageHeader>

      <section aria-labelledby="group-title" className="flex flex-col gap-3">
        <h2 id="group-title" className="text-xl font-semibold">
          Résultats du groupe
        </h2>
        <SessionResultsView questionnaires={evaluations.questionnaires} level={3} />
      </section>

      <section aria-labelledby="assessment-title" className="flex flex-col gap-3">
        <h2 id="assessment-title" className="text-xl font-semibold">
          Mon évaluation de la session
        </h2>
        {assessment ? (
          <div className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4 text-sm">
            <p className="text-green-800">
              Évaluation envoyée le {formatDateTime(assessment.submittedAt)}.
            </p>
            <dl className="flex flex-col gap-2">
              {ASSESSMENT_RATINGS.map((q) => (
                <div key={q.name}>
                  <dt className="font-medium">{q.label}</dt>
                  <dd>{assessment[q.name]}/5</dd>
                </div>
              ))}
              {ASSESSMENT_REMARKS.map((q) => (
                <div key={q.name}>
                  <dt className="font-medium">{q.label}</dt>
                  <dd className="whitespace-pre-line">{assessment[q.name] ?? "—"}</dd>
                </div>
              ))}
            </dl>
          </div>
        ) : evaluations.ended ? (
          <AssessmentForm sessionId={evaluations.sessionId} />
        ) : (
          <p className="text-ink-muted">
            Vous pourrez évaluer la session à sa fin, le {formatDate(evaluations.endsAt)}.
          </p>
        )}
      </section>
    </div>
  );
}
