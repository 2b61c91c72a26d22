import { RegistrationStatusBadge } from "@/components/sessions/registration-status-badge";
import { SessionSummary } from "@/components/sessions/session-summary";
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
    <article
      aria-labelledby={headingId}
      className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <SessionSummary
        headingId={headingId}
        title={t.title}
        modality={t.modality}
        reference={t.reference}
        orderReference={t.orderReference}
        dates={t.dates}
        extra={[{ label: "Durée :", value: formatDuration(t.durationMinutes, t.durationDays) }]}
        place={t.place}
        organizerName={t.organizerName}
      />
      <div className="flex flex-wrap items-center gap-2">
        <RegistrationStatusBadge status={t.status} />
        {t.sessionCancelled ? <Badge tone="danger">Session annulée</Badge> : null}
      </div>
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
    </article>
  );
}
