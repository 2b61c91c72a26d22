import { CalendarLink } from "@/components/documents/calendar-link";
import { QuestionnaireEntries } from "@/components/questionnaires/questionnaire-entries";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button-link";
import { formatDate } from "@/lib/dates/paris";
import { MODALITY_LABELS } from "@/lib/sessions/labels";
import type { SessionCard as Card } from "@/lib/sessions/session-card";
import { JoinSessionButton } from "./join-session-button";
import { RegistrationStatusBadge } from "./registration-status-badge";

export function SessionCard({ card }: { card: Card }) {
  const headingId = `session-${card.registrationId}`;
  const { actions } = card;
  return (
    <article
      aria-labelledby={headingId}
      className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 id={headingId} className="min-w-0 break-words text-base font-semibold">
          {card.title}
        </h3>
        <Badge tone="brand">{MODALITY_LABELS[card.modality]}</Badge>
      </div>
      <dl className="grid grid-cols-1 gap-x-4 gap-y-0.5 text-sm text-ink-muted sm:grid-cols-[auto_1fr]">
        <dt className="font-medium text-ink">Réf :</dt>
        <dd>{card.reference}</dd>
        {card.orderReference ? (
          <>
            <dt className="font-medium text-ink">Réf commande :</dt>
            <dd>{card.orderReference}</dd>
          </>
        ) : null}
        <dt className="font-medium text-ink">{card.dates.length > 1 ? "Dates :" : "Date :"}</dt>
        <dd>{card.dates.join(", ")}</dd>
        <dt className="font-medium text-ink">Lieu :</dt>
        <dd>{card.place}</dd>
        <dt className="font-medium text-ink">Organisateur :</dt>
        <dd>{card.organizerName}</dd>
      </dl>
      <div className="flex flex-wrap items-center gap-2">
        <RegistrationStatusBadge status={card.status} />
        {card.statusReason && (card.status === "REFUSED" || card.status === "CANCELLED") ? (
          <span className="text-sm text-ink-muted">Motif : {card.statusReason}</span>
        ) : null}
      </div>
      <div className="flex flex-wrap items-center gap-2">
        {actions.module?.state === "open" ? (
          <ButtonLink href={`/sessions/${card.registrationId}/module`} variant="primary">
            Accéder au module
          </ButtonLink>
        ) : null}
        {actions.module?.state === "expired" ? (
          <p className="text-sm text-ink-muted">
            Accès expiré le {formatDate(actions.module.closesAt)}
          </p>
        ) : null}
        {actions.join ? (
          <JoinSessionButton registrationId={card.registrationId} join={actions.join} />
        ) : null}
        {actions.positioningTest ? (
          <ButtonLink
            href={`/sessions/${card.registrationId}/questionnaires/positionnement`}
            variant="primary"
          >
            Répondre au test de positionnement
          </ButtonLink>
        ) : null}
        {actions.details ? (
          <ButtonLink href={`/sessions/${card.registrationId}`}>
            Afficher les détails de la session
          </ButtonLink>
        ) : null}
        <ButtonLink href={`/sessions/${card.registrationId}/fiche`}>
          Voir la fiche pédagogique
        </ButtonLink>
        {actions.calendar ? (
          <CalendarLink registrationId={card.registrationId} title={card.title} />
        ) : null}
      </div>
      <QuestionnaireEntries
        entries={[actions.validationTest, actions.satisfaction].filter((e) => e !== null)}
        className="border-t border-slate-200 pt-3"
      />
    </article>
  );
}
