import { formatCalendarDay, formatDateTime } from "@/lib/dates/paris";
import {
  extendAttestationAction,
  recordDecisionAction,
  recordHearingAction,
  recordLatePenaltyAction,
  sendSynthesisAction,
} from "@/lib/internships/actions";
import type { EndOfStage } from "@/lib/internships/decision";
import { DECISION_LABELS } from "@/lib/internships/end-rules";
import { buttonClass } from "@/components/ui/button-class";
import { TitledSection } from "@/components/ui/titled-section";
import { EndOfStageForm } from "./end-of-stage-form";

/** The contrôleur's end-of-stage page: synthesis, late documents, and the principal's decisions. */
export function EndOfStagePanel({ end }: { end: EndOfStage }) {
  const { dossier } = end;
  const ids = { internshipId: dossier.id };
  const base = `/controle-de-stage/fin-de-stage/${dossier.id}`;
  const active = dossier.status === "ACTIVE";
  return (
    <div className="flex flex-col gap-4">
      <p>
        {end.complete
          ? "Dossier final complet : toutes les obligations sont validées."
          : "Dossier final incomplet : des obligations restent à valider."}{" "}
        Fin théorique le {formatCalendarDay(dossier.calendar.theoreticalEnd)}.
      </p>
      <TitledSection variant="card" id="synthese" title="Fiche générale de synthèse">
        <a href={`${base}/synthese`} className={`${buttonClass("secondary")} self-start`}>
          Télécharger la fiche de synthèse (PDF)
        </a>
        {end.synthesis ? (
          <p>
            Envoyée au comité du stage le {formatDateTime(end.synthesis.sentAt)} par{" "}
            {end.synthesis.byName}.
          </p>
        ) : end.complete ? (
          <EndOfStageForm
            schema="synthesis"
            action={sendSynthesisAction}
            values={ids}
            fields={[{ name: "appreciation", label: "Appréciation générale", type: "textarea" }]}
            submitLabel="Envoyer la synthèse au comité du stage"
          />
        ) : (
          <p className="text-ink-muted">
            La synthèse s&apos;envoie au comité quand toutes les obligations sont validées.
          </p>
        )}
      </TitledSection>
      <TitledSection variant="card" id="retards" title="Documents remis en retard">
        {end.penalties.length ? (
          <ul className="list-disc pl-5">
            {end.penalties.map((p) => (
              <li key={p.documentId}>
                {p.label} : {p.months} mois ajoutés (enregistré le {formatDateTime(p.at)})
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-ink-muted">Aucun retard enregistré.</p>
        )}
        {active
          ? end.lateCandidates.map((c) => (
              <EndOfStageForm
                key={c.documentId}
                title={`${c.label} (échéance le ${formatCalendarDay(c.due)})`}
                schema="latePenalty"
                action={recordLatePenaltyAction}
                values={{ documentId: c.documentId }}
                fields={[{ name: "comment", label: "Commentaire (facultatif)", type: "text" }]}
                submitLabel={`Enregistrer le retard (${dossier.settings.penaltyMonths} mois)`}
                variant="danger-outline"
              />
            ))
          : null}
      </TitledSection>
      <TitledSection variant="card" id="decision" title="Décision du comité du stage">
        {end.decisions.length ? (
          <ul className="list-disc pl-5">
            {end.decisions.map((d, i) => (
              <li key={i}>
                {formatCalendarDay(d.decidedOn)} : {DECISION_LABELS[d.kind]}
                {d.months ? ` (${d.months} mois)` : ""}
                {d.comment ? ` — ${d.comment}` : ""}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-ink-muted">Aucune décision enregistrée.</p>
        )}
        {end.hearings.length ? (
          <ul className="list-disc pl-5">
            {end.hearings.map((h, i) => (
              <li key={i}>
                Audition du {formatCalendarDay(h.heldOn)} : {h.summary}
              </li>
            ))}
          </ul>
        ) : null}
        {end.attestation ? (
          <div className="flex flex-col gap-2">
            <p>
              Attestation de fin de stage n° <strong>{end.attestation.number}</strong>, délivrée le{" "}
              {formatCalendarDay(end.attestation.issuedOn)}, valable jusqu&apos;au{" "}
              {formatCalendarDay(end.attestation.validUntil)}
              {end.attestation.extendedAt ? " (prolongée de deux ans)" : ""}.
            </p>
            <a href={`${base}/attestation`} className={`${buttonClass("primary")} self-start`}>
              Télécharger l&apos;attestation de fin de stage (PDF)
            </a>
            {end.principal && !end.attestation.extendedAt ? (
              <EndOfStageForm
                schema="internshipId"
                action={extendAttestationAction}
                values={ids}
                submitLabel="Prolonger la validité de deux ans"
                variant="secondary"
              />
            ) : null}
          </div>
        ) : null}
        {end.principal && active ? (
          <div className="grid gap-4 md:grid-cols-2">
            <EndOfStageForm
              title="Enregistrer la décision du comité"
              schema="decision"
              action={recordDecisionAction}
              values={{ ...ids, kind: "ATTESTATION", months: 0 }}
              fields={[
                {
                  name: "kind",
                  label: "Décision",
                  type: "select",
                  options: Object.entries(DECISION_LABELS).map(([value, label]) => ({
                    value,
                    label,
                  })),
                },
                { name: "decidedOn", label: "Date de la décision", type: "date" },
                {
                  name: "months",
                  label: "Mois invalidés",
                  type: "number",
                  hint: "Pour une invalidation seulement : l'audition du stagiaire doit être enregistrée avant.",
                },
                { name: "comment", label: "Commentaire (facultatif)", type: "textarea" },
              ]}
              submitLabel="Enregistrer la décision"
            />
            <EndOfStageForm
              title="Enregistrer l'audition du stagiaire"
              schema="hearing"
              action={recordHearingAction}
              values={ids}
              fields={[
                { name: "heldOn", label: "Date de l'audition", type: "date" },
                { name: "summary", label: "Résumé de l'audition", type: "textarea" },
              ]}
              submitLabel="Enregistrer l'audition"
              variant="secondary"
            />
          </div>
        ) : null}
        {!end.principal ? (
          <p className="text-sm text-ink-muted">
            Le contrôleur principal du conseil régional enregistre la décision du comité.
          </p>
        ) : null}
      </TitledSection>
    </div>
  );
}
