import { RegistrationStatusBadge } from "@/components/sessions/registration-status-badge";
import { Badge } from "@/components/ui/badge";
import type { CollaboratorTraining } from "@/lib/companies/trainings";
import { formatDuration } from "@/lib/format/duration";
import { MODALITY_LABELS } from "@/lib/sessions/labels";

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
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 id={headingId} className="min-w-0 break-words text-base font-semibold">
          {t.title}
        </h3>
        <Badge tone="brand">{MODALITY_LABELS[t.modality]}</Badge>
      </div>
      <dl className="grid grid-cols-1 gap-x-4 gap-y-0.5 text-sm text-ink-muted sm:grid-cols-[auto_1fr]">
        <dt className="font-medium text-ink">Réf :</dt>
        <dd>{t.reference}</dd>
        {t.orderReference ? (
          <>
            <dt className="font-medium text-ink">Réf commande :</dt>
            <dd>{t.orderReference}</dd>
          </>
        ) : null}
        <dt className="font-medium text-ink">{t.dates.length > 1 ? "Dates :" : "Date :"}</dt>
        <dd>{t.dates.join(", ") || "—"}</dd>
        <dt className="font-medium text-ink">Durée :</dt>
        <dd>{formatDuration(t.durationMinutes, t.durationDays)}</dd>
        <dt className="font-medium text-ink">Lieu :</dt>
        <dd>{t.place}</dd>
        <dt className="font-medium text-ink">Organisateur :</dt>
        <dd>{t.organizerName}</dd>
      </dl>
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
