import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SessionDocuments } from "@/components/documents/session-documents";
import { QuestionnaireEntries } from "@/components/questionnaires/questionnaire-entries";
import { JoinSessionButton } from "@/components/sessions/join-session-button";
import { ElearningPanel } from "@/components/sessions/elearning-panel";
import { MaterialsTable } from "@/components/sessions/materials-table";
import { ProgrammeTable } from "@/components/sessions/programme-table";
import { TitledSection } from "@/components/ui/titled-section";
import { Badge } from "@/components/ui/badge";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { ButtonLink } from "@/components/ui/button-link";
import { PageHeader } from "@/components/ui/page-header";
import { requireParticipant } from "@/lib/auth/viewer";
import { formatDuration } from "@/lib/format/duration";
import { getSessionDetails } from "@/lib/sessions/details";
import { MODALITY_LABELS } from "@/lib/format/labels";

export const metadata: Metadata = { title: "Détails de la session" };

type Props = { params: Promise<{ registrationId: string }> };

export default async function SessionDetailsPage({ params }: Props) {
  const participant = await requireParticipant();
  const { registrationId } = await params;
  const details = await getSessionDetails(participant, registrationId);
  if (!details) notFound();
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <Breadcrumb
          items={[{ href: "/sessions", label: "Mes sessions" }, { label: "Détails de la session" }]}
        />
        <PageHeader
          title={details.title}
          badge={<Badge tone="brand">{MODALITY_LABELS[details.modality]}</Badge>}
        />
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-sm">
          <dt className="font-medium">Réf :</dt>
          <dd>{details.reference}</dd>
          <dt className="font-medium">Durée :</dt>
          <dd>{formatDuration(details.durationMinutes, details.durationDays)}</dd>
          <dt className="font-medium">Lieu :</dt>
          <dd>{details.place}</dd>
          <dt className="font-medium">{details.dates.length > 1 ? "Dates :" : "Date :"}</dt>
          <dd>{details.dates.join(", ")}</dd>
        </dl>
        {details.join ? (
          <JoinSessionButton registrationId={details.registrationId} join={details.join} />
        ) : null}
      </div>

      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[1fr_20rem]">
        <div className="flex min-w-0 flex-col gap-6">
          {details.venue ? (
            <section
              aria-labelledby="lieu-title"
              className="rounded-lg border border-slate-200 bg-white p-4"
            >
              <h2 id="lieu-title" className="text-lg font-semibold">
                Site de formation
              </h2>
              <address className="not-italic">
                <strong>{details.venue.name}</strong>
                {details.venue.lines.map((line) => (
                  <span key={line} className="block">
                    {line}
                  </span>
                ))}
              </address>
              {details.venue.mapUrl ? (
                <a
                  href={details.venue.mapUrl}
                  className="mt-2 inline-block text-sm underline"
                  target="_blank"
                  rel="noopener noreferrer"
                >
                  Voir sur la carte (OpenStreetMap, nouvelle fenêtre)
                </a>
              ) : null}
            </section>
          ) : null}

          {details.elearning ? (
            <ElearningPanel registrationId={details.registrationId} elearning={details.elearning} />
          ) : null}

          {details.programme.length > 0 || !details.elearning ? (
            <TitledSection id="programme-title" title="Programme">
              <ProgrammeTable programme={details.programme} />
            </TitledSection>
          ) : null}

          {details.questionnaires.length > 0 ? (
            <section
              aria-labelledby="questionnaires-title"
              className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4"
            >
              <h3 id="questionnaires-title" className="font-semibold">
                Questionnaires
              </h3>
              <QuestionnaireEntries entries={details.questionnaires} />
            </section>
          ) : null}
          <TitledSection id="supports-title" title="Supports">
            <MaterialsTable registrationId={details.registrationId} materials={details.materials} />
          </TitledSection>
        </div>

        <aside aria-labelledby="ressources-title" className="flex min-w-0 flex-col gap-4">
          <h2 id="ressources-title" className="text-lg font-semibold">
            Ressources
          </h2>
          <SessionDocuments registrationId={details.registrationId} documents={details.documents} />
          <section
            aria-labelledby="chiffres-title"
            className="rounded-lg border border-slate-200 bg-white p-4"
          >
            <h3 id="chiffres-title" className="font-semibold">
              Chiffres clés
            </h3>
            {details.positioningScore ? (
              <p className="text-sm">
                Note test de positionnement{" "}
                <strong>
                  {details.positioningScore.score}/{details.positioningScore.maxScore}
                </strong>
              </p>
            ) : (
              <p className="text-sm text-ink-muted">Aucun résultat pour le moment.</p>
            )}
          </section>

          <ButtonLink href={`/sessions/${details.registrationId}/fiche`}>
            Voir la fiche pédagogique
          </ButtonLink>
        </aside>
      </div>
    </div>
  );
}
