import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CollaboratorTrainingCard } from "@/components/company/collaborator-training-card";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { PROFESSION_LABELS } from "@/lib/companies/labels";
import { requireCompanyScope } from "@/lib/companies/page-guard";
import { getCollaboratorTrainings, type CollaboratorTraining } from "@/lib/companies/trainings";
import { documentScope } from "@/lib/scopes/documents";
import { registrationScope } from "@/lib/scopes/registrations";

export const metadata: Metadata = { title: "Formations du collaborateur" };

type Props = { params: Promise<{ companyId: string; participantId: string }> };

export default async function CollaboratorTrainingsPage({ params }: Props) {
  const { companyId, participantId } = await params;
  const { viewer, company, actor, scope } = await requireCompanyScope(companyId, registrationScope);
  const trainings = await getCollaboratorTrainings(
    company,
    { registrations: scope, documents: documentScope(actor) },
    participantId,
  );
  if (!trainings) notFound();
  const base = `/entreprise/${company.companyId}`;
  return (
    <div className="flex flex-col gap-6">
      <Breadcrumb
        items={[
          ...(can(viewer, "collaborators.view", company.companyId)
            ? [{ href: `${base}/collaborateurs`, label: "Collaborateurs" }]
            : []),
          { label: trainings.name },
        ]}
      />
      <div>
        <PageHeader title={`Formations de ${trainings.name}`} />
        <p className="text-sm text-ink-muted">
          {PROFESSION_LABELS[trainings.profession]} ·{" "}
          <span className="break-all">{trainings.email}</span>
        </p>
      </div>
      <TrainingList
        id="prochaines"
        title="Prochaines sessions"
        empty="Aucune session à venir."
        trainings={trainings.upcoming}
        base={base}
      />
      <TrainingList
        id="terminees"
        title="Sessions terminées"
        empty="Aucune session terminée."
        trainings={trainings.ended}
        base={base}
      />
    </div>
  );
}

function TrainingList({
  id,
  title,
  empty,
  trainings,
  base,
}: {
  id: string;
  title: string;
  empty: string;
  trainings: CollaboratorTraining[];
  base: string;
}) {
  return (
    <section aria-labelledby={id} className="flex flex-col gap-3">
      <h2 id={id} className="text-lg font-semibold">
        {title} ({trainings.length})
      </h2>
      {trainings.length === 0 ? (
        <p className="text-ink-muted">{empty}</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {trainings.map((t) => (
            <li key={t.registrationId}>
              <CollaboratorTrainingCard
                training={t}
                documentsBase={`${base}/documents/${t.registrationId}`}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
