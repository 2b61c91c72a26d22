import type { Metadata } from "next";
import { AnswerQuestionForm } from "@/components/organization/answer-question-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireOrganizationStaff } from "@/lib/auth/space-guards";
import { formatDateTime } from "@/lib/dates/paris";
import { listElearningQuestions } from "@/lib/organizations/back-office";

export const metadata: Metadata = { title: "Questions e-learning" };

export default async function StaffQuestionsPage() {
  const viewer = await requireOrganizationStaff();
  const questions = await listElearningQuestions(viewer);
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title="Questions sur les modules e-learning" />
      {questions.length === 0 ? (
        <p className="text-ink-muted">Aucune question en attente de réponse.</p>
      ) : null}
      <ul className="flex flex-col gap-4">
        {questions.map((q) => (
          <li key={q.id} className="rounded-lg border border-slate-200 bg-white p-4">
            <p className="text-sm text-ink-muted">
              {q.participantName} · {q.moduleTitle} · {formatDateTime(q.createdAt)}
            </p>
            <p className="my-2 whitespace-pre-line">{q.body}</p>
            <AnswerQuestionForm questionId={q.id} />
          </li>
        ))}
      </ul>
    </div>
  );
}
