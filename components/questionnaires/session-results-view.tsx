import { formatDate } from "@/lib/dates/paris";
import { KIND_LABELS, type SessionResults } from "@/lib/organizations/results";

/**
 * A session's questionnaire results: scores of the positioning and validation
 * tests, satisfaction averages per scale question and the free texts. The
 * organization's "Résultats" and the trainer's "Évaluations" show this same
 * view; `level` is the heading level of each questionnaire in its page.
 */
export function SessionResultsView({
  questionnaires,
  level = 2,
}: {
  questionnaires: SessionResults["questionnaires"];
  level?: 2 | 3;
}) {
  const Heading = level === 2 ? "h2" : "h3";
  if (questionnaires.length === 0) {
    return <p className="text-ink-muted">Aucun questionnaire pour cette session.</p>;
  }
  return (
    <>
      {questionnaires.map((q) => (
        <section
          key={q.id}
          aria-labelledby={`q-${q.id}`}
          className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4"
        >
          <Heading id={`q-${q.id}`} className="text-lg font-semibold">
            {KIND_LABELS[q.kind]}{" "}
            <span className="text-sm font-normal text-ink-muted">
              ({q.submitted} réponse{q.submitted > 1 ? "s" : ""})
            </span>
          </Heading>
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
    </>
  );
}
