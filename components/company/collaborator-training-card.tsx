import { RegistrationCard } from "@/components/sessions/registration-card";
import { Badge } from "@/components/ui/badge";
import type { CollaboratorTraining } from "@/lib/companies/trainings";
import { formatDuration } from "@/lib/format/duration";

/** One training of a collaborator, as the manager sees it (no participant actions). */
export function CollaboratorTrainingCard({
  training,
  documentsBase,
}: {
  training: CollaboratorTraining;
  /** /entreprise/<companyId>/documents/<registrationId> */
  documentsBase: string;
}) {
  const headingId = `training-${training.registrationId}`;
  const t = training;
  return (
    <RegistrationCard
      headingId={headingId}
      summary={t}
      extra={[{ label: "Durée :", value: formatDuration(t.durationMinutes, t.durationDays) }]}
      beside={t.sessionCancelled ? <Badge tone="danger">Session annulée</Badge> : null}
    >
      {t.documents && (t.documents.convocation || t.documents.certificate) ? (
        <ul className="flex flex-wrap gap-3 text-sm" aria-label={`Documents de « ${t.title} »`}>
          {t.documents.convocation ? (
            <li>
              <a href={`${documentsBase}/convocation`} className="text-brand-800 underline">
                Convocation (PDF)
              </a>
            </li>
          ) : null}
          {t.documents.certificate ? (
            <li>
              <a href={`${documentsBase}/attestation`} className="text-brand-800 underline">
                Attestation de formation (PDF)
              </a>
            </li>
          ) : null}
        </ul>
      ) : null}
    </RegistrationCard>
  );
}
