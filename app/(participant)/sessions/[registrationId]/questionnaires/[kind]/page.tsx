import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { QuestionnaireForm } from "@/components/questionnaires/questionnaire-form";
import { QuestionnaireResult } from "@/components/questionnaires/questionnaire-result";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { PageHeader } from "@/components/ui/page-header";
import { requireParticipant } from "@/lib/auth/viewer";
import { kindOfSlug, QUESTIONNAIRE_LABELS, QUESTIONNAIRE_SLUGS } from "@/lib/questionnaires/kinds";
import { getQuestionnairePage } from "@/lib/questionnaires/load";
import { deadlineLabel } from "@/lib/questionnaires/windows";

type Props = {
  params: Promise<{ registrationId: string; kind: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const kind = kindOfSlug((await params).kind);
  return { title: kind ? QUESTIONNAIRE_LABELS[kind].heading : "Questionnaire" };
}

export default async function QuestionnairePage({ params, searchParams }: Props) {
  const participant = await requireParticipant();
  const { registrationId, kind: slug } = await params;
  const kind = kindOfSlug(slug);
  if (!kind) notFound();
  const page = await getQuestionnairePage(participant, registrationId, kind);
  if (!page) notFound();
  const justSubmitted = (await searchParams).envoye === "1";
  const heading = QUESTIONNAIRE_LABELS[kind].heading;
  const deadline = page.state === "open" ? deadlineLabel(page.window) : null;
  return (
    <div className="flex max-w-3xl flex-col gap-5">
      <div className="flex flex-col gap-2">
        <Breadcrumb
          items={[
            { href: "/sessions", label: "Mes sessions" },
            ...(page.registrationStatus === "CONFIRMED"
              ? [{ href: `/sessions/${page.registrationId}`, label: "Détails de la session" }]
              : []),
            { label: heading },
          ]}
        />
        <PageHeader title={heading} />
        <p>
          <span className="font-medium">{page.session.title}</span>{" "}
          <span className="text-ink-muted">(Réf : {page.session.reference})</span>
        </p>
        {deadline ? (
          <p className="font-medium">{deadline.charAt(0).toUpperCase() + deadline.slice(1)}</p>
        ) : null}
      </div>

      {page.state === "submitted" && page.submitted ? (
        <QuestionnaireResult
          {...page.submitted}
          scored={page.scored}
          justSubmitted={justSubmitted}
        />
      ) : page.state === "open" ? (
        <QuestionnaireForm
          registrationId={page.registrationId}
          kind={QUESTIONNAIRE_SLUGS[kind]}
          questions={page.questions}
          scored={page.scored}
          draft={page.draft}
        />
      ) : (
        <p className="rounded-md border border-slate-300 bg-white p-4">{page.refusal}</p>
      )}

      <p>
        <Link href="/sessions" className="underline">
          Retour à mes sessions
        </Link>
      </p>
    </div>
  );
}
