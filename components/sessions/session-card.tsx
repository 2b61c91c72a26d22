import { CalendarLink } from "@/components/documents/calendar-link";
import { QuestionnaireEntries } from "@/components/questionnaires/questionnaire-entries";
import { ButtonLink } from "@/components/ui/button-link";
import { formatDate } from "@/lib/dates/paris";
import type { SessionCard as Card } from "@/lib/sessions/session-card";
import { JoinSessionButton } from "./join-session-button";
import { RegistrationCard } from "./registration-card";

export function SessionCard({ card }: { card: Card }) {
  const headingId = `session-${card.registrationId}`;
  const { actions } = card;
  return (
    <RegistrationCard
      headingId={headingId}
      summary={card}
      beside={
        card.statusReason && (card.status === "REFUSED" || card.status === "CANCELLED") ? (
          <span className="text-sm text-ink-muted">Motif : {card.statusReason}</span>
        ) : null
      }
    >
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
        {actions.signPresenceSlotId ? (
          <ButtonLink href={`/emargement?seance=${actions.signPresenceSlotId}`} variant="primary">
            Signer ma présence
          </ButtonLink>
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
    </RegistrationCard>
  );
}
