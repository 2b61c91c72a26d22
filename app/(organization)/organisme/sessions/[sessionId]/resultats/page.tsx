import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { formatDate } from "@/lib/dates/paris";
import { requireOrganizationStaff } from "@/lib/auth/space-guards";
import { getSessionResults, KIND_LABELS } from "@/lib/organizations/results";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Résultats des questionnaires" };

type Props = { params: Promise<{ sessionId: string }> };

export default async function StaffResultsPage({ params }: Props) {
  const viewer = await requireOrganizationStaff();
  const { sessionId } = await params;
  const results = await getSessionResults(viewer, sessionId);
  if (!results) notFound();
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={`Résultats — ${results.title}`}
        back={{ href: `/organisme/sessions/${sessionId}`, label: "Retour à la session" }}
      />
      <p>
        <a
          href={`/organisme/sessions/${sessionId}/resultats/csv`}
          className="font-semibold text-brand-800 underline"
        >
          Exporter toutes les réponses (CSV)
        </a>
      </p>
      {results.questionnaires.length === 0 ? (
        <p className="text-ink-muted">Aucun questionnaire pour cette session.</p>
      ) : null}
      {results.questionnaires.map((q) => (
        <section
          key={q.id}
          aria-labelledby={`q-${q.id}`}
          className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4"
        >
          <h2 id={`q-${q.id}`} className="text-lg font-semibold">
            {KIND_LABELS[q.kind]}{" "}
            <span className="text-sm font-normal text-ink-muted">
              ({q.submitted} réponse{q.submitted > 1 ? "s" : ""})
            </span>
          </h2>
          {q.averageScorePercent !== null ? (
            <p>Score moyen : {q.averageScorePercent.toLocaleString("fr-FR")} %</p>
          ) : null}
          {q.scores.length ? (
            <ul className="text-sm">
              {q.scores.map((s) => (
                <li key={`${s.participantName}-${s.submittedAt.toISOString()}`}>
                  {s.participantName} : {s.score}/{s.maxScore} (le {formatDate(s.submittedAt)})
                </li>
              ))}
            </ul>
          ) : null}
          {q.questions
            .filter((question) => question.average || question.texts.length)
            .map((question) => (
              <div key={question.id} className="text-sm">
                <p className="font-medium">{question.label}</p>
                {question.average ? (
                  <p>
                    Moyenne : {question.average.value.toLocaleString("fr-FR")}/
                    {question.average.max} ({question.average.count} réponses)
                  </p>
                ) : null}
                {question.texts.length ? (
                  <ul className="list-disc pl-5 text-ink-muted">
                    {question.texts.map((t, i) => (
                      <li key={i}>{t}</li>
                    ))}
                  </ul>
                ) : null}
              </div>
            ))}
        </section>
      ))}
    </div>
  );
}
