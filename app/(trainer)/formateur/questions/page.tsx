import type { Metadata } from "next";
import { CloseQuestionButton, QuestionAnswerForm } from "@/components/trainer/question-answer-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireTrainer } from "@/lib/auth/space-guards";
import { formatDateTime } from "@/lib/dates/paris";
import { listTrainerQuestions, type TrainerQuestion } from "@/lib/trainers/questions";

export const metadata: Metadata = { title: "Questions des participants" };

function QuestionFacts({ q }: { q: TrainerQuestion }) {
  return (
    <>
      <p className="text-sm text-ink-muted">
        {q.participantName} · {q.moduleTitle} · {q.sessionTitle} (Réf : {q.sessionReference}) ·{" "}
        {formatDateTime(q.createdAt)}
      </p>
      <p className="my-2 whitespace-pre-line">{q.body}</p>
      {q.answer ? (
        <div className="mb-2 border-l-4 border-brand-600 pl-3 text-sm">
          <p className="text-ink-muted">
            Réponse{q.answeredAt ? ` du ${formatDateTime(q.answeredAt)}` : ""}
          </p>
          <p className="whitespace-pre-line">{q.answer}</p>
        </div>
      ) : null}
    </>
  );
}

export default async function TrainerQuestionsPage() {
  const viewer = await requireTrainer();
  const { open, closed } = await listTrainerQuestions(viewer);
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title="Questions des participants">
        <p className="text-sm text-ink-muted">
          Les questions posées sur les modules e-learning des sessions que vous animez. Le
          participant lit votre réponse dans le module et la reçoit par e-mail.
        </p>
      </PageHeader>
      <section aria-labelledby="open-title" className="flex flex-col gap-3">
        <h2 id="open-title" className="text-lg font-semibold">
          En attente ({open.length})
        </h2>
        {open.length === 0 ? (
          <p className="text-ink-muted">Aucune question en attente.</p>
        ) : (
          <ul className="flex flex-col gap-4">
            {open.map((q) => (
              <li key={q.id} className="rounded-lg border border-slate-200 bg-white p-4">
                <QuestionFacts q={q} />
                {q.answer ? <CloseQuestionButton questionId={q.id} /> : null}
                {q.answer ? null : (
                  <QuestionAnswerForm questionId={q.id} asker={q.participantName} />
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="closed-title" className="flex flex-col gap-3">
        <h2 id="closed-title" className="text-lg font-semibold">
          Questions closes
        </h2>
        {closed.length === 0 ? (
          <p className="text-ink-muted">Aucune question close.</p>
        ) : (
          <ul className="flex flex-col gap-4">
            {closed.map((q) => (
              <li key={q.id} className="rounded-lg border border-slate-200 bg-white p-4">
                <QuestionFacts q={q} />
                <p className="text-sm text-ink-muted">
                  Close le {q.closedAt ? formatDateTime(q.closedAt) : ""}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
