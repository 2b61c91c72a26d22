import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { QuestionForm } from "@/components/elearning/question-form";
import { UnitContent } from "@/components/elearning/unit-content";
import { UnitTracker } from "@/components/elearning/unit-tracker";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { PageHeader } from "@/components/ui/page-header";
import { requireParticipant } from "@/lib/auth/viewer";
import { formatDate } from "@/lib/dates/paris";
import { getModulePage } from "@/lib/elearning/module";
import { formatHours } from "@/lib/format/duration";
import { elearningDatesLabel } from "@/lib/dates/elearning-access";
import { UNIT_STATUS_LABELS } from "@/lib/sessions/unit-status";

export const metadata: Metadata = { title: "Module e-learning" };

type Props = {
  params: Promise<{ registrationId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function ModulePage({ params, searchParams }: Props) {
  const participant = await requireParticipant();
  const { registrationId } = await params;
  const unite = (await searchParams).unite;
  const page = await getModulePage(
    participant,
    registrationId,
    typeof unite === "string" ? unite : undefined,
  );
  if (!page) notFound();
  const { access } = page;
  return (
    <div className="flex flex-col gap-5">
      <Breadcrumb
        items={[
          { href: "/sessions", label: "Mes sessions" },
          { href: `/sessions/${registrationId}`, label: "Détails de la session" },
          { label: "Module e-learning" },
        ]}
      />
      <div className="flex flex-col gap-1">
        <PageHeader title={page.courseTitle} />
        <p className="text-sm">{elearningDatesLabel(access)}</p>
        {access.state === "expired" ? (
          <p className="font-medium text-red-800">Accès expiré le {formatDate(access.closesAt)}</p>
        ) : null}
        {access.state === "awaiting-payment" ? (
          <p className="font-medium">Le module s&apos;ouvre dès le règlement de la commande.</p>
        ) : null}
        {access.state === "not-yet-open" ? (
          <p className="font-medium">Le module s&apos;ouvre le {formatDate(access.opensAt)}.</p>
        ) : null}
      </div>

      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[18rem_1fr]">
        <nav
          aria-labelledby="units-title"
          className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4"
        >
          <h2 id="units-title" className="font-semibold">
            Module e-learning{" "}
            <span className="font-normal italic">({UNIT_STATUS_LABELS[page.status]})</span>
          </h2>
          <div>
            <p id="module-progress" className="text-sm">
              {page.completedUnits}/{page.units.length} unités terminées
            </p>
            <progress
              aria-labelledby="module-progress"
              className="h-2 w-full accent-brand-700"
              max={Math.max(1, page.units.length)}
              value={page.completedUnits}
            />
          </div>
          <ol className="flex flex-col gap-2">
            {page.units.map((unit) => (
              <li key={unit.id}>
                {access.state === "open" ? (
                  <Link
                    href={`/sessions/${registrationId}/module?unite=${unit.id}`}
                    aria-current={page.current?.id === unit.id ? "page" : undefined}
                    className={`block rounded border p-2 text-sm ${page.current?.id === unit.id ? "border-brand-700 bg-brand-50" : "border-slate-200 hover:bg-slate-50"}`}
                  >
                    <span className="block font-medium">{unit.label}</span>
                    <span className="text-ink-muted">
                      {UNIT_STATUS_LABELS[unit.status]}
                      {unit.timeSpentSeconds > 0
                        ? ` · ${formatHours(Math.round(unit.timeSpentSeconds / 60))} passées`
                        : ""}
                    </span>
                  </Link>
                ) : (
                  <span className="block rounded border border-slate-200 p-2 text-sm">
                    <span className="block font-medium">{unit.label}</span>
                    <span className="text-ink-muted">{UNIT_STATUS_LABELS[unit.status]}</span>
                  </span>
                )}
              </li>
            ))}
          </ol>
        </nav>

        <div className="flex min-w-0 flex-col gap-6">
          {page.current ? (
            <article
              aria-labelledby="unit-title"
              className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-6"
            >
              <h2 id="unit-title" className="text-xl font-bold">
                {page.current.label}
              </h2>
              <UnitContent content={page.current.content} />
              {page.current.videoUrl ? (
                <a
                  href={page.current.videoUrl}
                  target="_blank"
                  rel="noopener noreferrer"
                  className="self-start underline"
                >
                  Voir la vidéo de l&apos;unité (nouvelle fenêtre)
                </a>
              ) : null}
              {page.current.fileName ? (
                <a
                  href={`/sessions/${registrationId}/module/fichier/${page.current.id}`}
                  className="self-start underline"
                  download
                >
                  Télécharger le document de l&apos;unité ({page.current.fileName})
                </a>
              ) : null}
              <UnitTracker
                registrationId={registrationId}
                unitId={page.current.id}
                completed={page.current.status === "COMPLETED"}
              />
            </article>
          ) : null}

          <section
            aria-labelledby="questions-title"
            className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4"
          >
            <h2 id="questions-title" className="text-lg font-semibold">
              Poser une question sur le module e-learning
            </h2>
            <QuestionForm registrationId={registrationId} />
            {page.questions.length > 0 ? (
              <>
                <h3 className="font-semibold">Mes questions</h3>
                <ul className="flex flex-col gap-3">
                  {page.questions.map((q) => (
                    <li key={q.id} className="rounded border border-slate-200 p-3 text-sm">
                      <p className="text-ink-muted">Posée le {formatDate(q.createdAt)}</p>
                      <p className="whitespace-pre-line">{q.body}</p>
                      {q.answer ? (
                        <div className="mt-2 border-l-4 border-brand-600 pl-3">
                          <p className="text-ink-muted">
                            Réponse du formateur
                            {q.answeredAt ? ` le ${formatDate(q.answeredAt)}` : ""}
                          </p>
                          <p className="whitespace-pre-line">{q.answer}</p>
                          {q.closedAt ? (
                            <p className="mt-1 text-ink-muted">
                              Question close le {formatDate(q.closedAt)}
                            </p>
                          ) : null}
                        </div>
                      ) : (
                        <p className="mt-1 italic">En attente de réponse</p>
                      )}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </section>
        </div>
      </div>
    </div>
  );
}
