import { formatCalendarDay } from "@/lib/dates/paris";
import { VARIANT_LABELS, type Dossier } from "@/lib/internships/dossier";

const fullName = (u: { firstName: string; lastName: string }) => `${u.firstName} ${u.lastName}`;

/** Variant, dates, current year, maître(s) and contrôleur of a stage. */
export function InternshipFacts({ dossier }: { dossier: Dossier }) {
  const { calendar } = dossier;
  const nextChange = calendar.yearPeriods[dossier.currentYear]?.start ?? null;
  const masters = dossier.supervisions.filter((s) => !s.endDate || s.endDate >= new Date());
  const controller = dossier.controls.find((c) => c.role === "ADJOINT" && !c.endDate);
  return (
    <dl className="grid gap-x-6 gap-y-2 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2">
      <div>
        <dt className="text-sm text-ink-muted">Type de stage</dt>
        <dd className="font-medium">{VARIANT_LABELS[dossier.variant]}</dd>
      </div>
      <div>
        <dt className="text-sm text-ink-muted">Année en cours</dt>
        <dd className="font-medium">
          Année {dossier.currentYear} sur {calendar.years}
        </dd>
      </div>
      <div>
        <dt className="text-sm text-ink-muted">Début du stage</dt>
        <dd className="font-medium">{formatCalendarDay(dossier.startDate)}</dd>
      </div>
      <div>
        <dt className="text-sm text-ink-muted">Fin théorique</dt>
        <dd className="font-medium">{formatCalendarDay(calendar.theoreticalEnd)}</dd>
      </div>
      {nextChange ? (
        <div>
          <dt className="text-sm text-ink-muted">Prochain changement d&apos;année</dt>
          <dd className="font-medium">{formatCalendarDay(nextChange)}</dd>
        </div>
      ) : null}
      <div>
        <dt className="text-sm text-ink-muted">Conseil régional</dt>
        <dd className="font-medium">{dossier.council.name}</dd>
      </div>
      <div>
        <dt className="text-sm text-ink-muted">Maître(s) de stage</dt>
        <dd className="font-medium">
          {masters.length
            ? masters
                .map(
                  (s) =>
                    `${fullName(s.user)} (${s.role === "MASTER" ? "maître de stage" : "co-maître, commissaire aux comptes"}, ${s.firmName})`,
                )
                .join(" ; ")
            : "Aucun"}
        </dd>
      </div>
      <div>
        <dt className="text-sm text-ink-muted">Contrôleur de stage</dt>
        <dd className="font-medium">
          {controller ? fullName(controller.user) : "Pas encore désigné"}
        </dd>
      </div>
      {dossier.cacTrack ? (
        <div>
          <dt className="text-sm text-ink-muted">Heures de commissariat aux comptes</dt>
          <dd className="font-medium">
            {dossier.cacHours} h déclarées (200 h au moins pour la voie CAC)
          </dd>
        </div>
      ) : null}
      {dossier.suspensions.length ? (
        <div className="sm:col-span-2">
          <dt className="text-sm text-ink-muted">Suspensions</dt>
          <dd>
            {dossier.suspensions
              .map((s) => `du ${formatCalendarDay(s.startDate)} au ${formatCalendarDay(s.endDate)}`)
              .join(" ; ")}{" "}
            (les échéances suivantes sont décalées d&apos;autant)
          </dd>
        </div>
      ) : null}
    </dl>
  );
}
