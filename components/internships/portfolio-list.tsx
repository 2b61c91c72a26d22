import { formatCalendarDay } from "@/lib/dates/paris";
import type { Dossier } from "@/lib/internships/dossier";
import { documentLabel } from "@/lib/internships/obligations";
import { waitingForController } from "@/lib/internships/portfolio";

/** The contrôleur's stagiaires: year, maître and firm, what waits for him, what is late. */
export function PortfolioList({ dossiers, total }: { dossiers: Dossier[]; total: number }) {
  return (
    <section aria-labelledby="portefeuille-liste" className="flex flex-col gap-3">
      <h2 id="portefeuille-liste" className="text-lg font-semibold">
        {dossiers.length} stagiaire{dossiers.length > 1 ? "s" : ""} affiché
        {dossiers.length > 1 ? "s" : ""} sur {total}
      </h2>
      {dossiers.length === 0 ? (
        <p className="text-ink-muted">Aucun stagiaire ne correspond à ces filtres.</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {dossiers.map((d) => {
            const master = d.supervisions.find((s) => s.role === "MASTER" && !s.endDate);
            const waiting = waitingForController(d);
            const late = d.obligations.filter((o) => o.status === "late");
            return (
              <li key={d.id} className="rounded-lg border border-slate-200 bg-white p-4">
                <h3 className="text-lg font-semibold">{d.stagiaireName}</h3>
                <p className="text-sm text-ink-muted">
                  Année {d.currentYear} sur {d.calendar.years}
                  {master
                    ? ` · maître de stage : ${master.user.firstName} ${master.user.lastName} (${master.firmName})`
                    : ""}
                  {` · fin théorique le ${formatCalendarDay(d.calendar.theoreticalEnd)}`}
                </p>
                <div className="mt-2 grid gap-3 sm:grid-cols-2">
                  <div>
                    <h4 className="font-semibold">En attente de moi ({waiting.length})</h4>
                    {waiting.length ? (
                      <ul className="list-disc pl-5">
                        {waiting.map((doc) => (
                          <li key={doc.id}>{documentLabel(doc.kind, doc.sequence)}</li>
                        ))}
                      </ul>
                    ) : (
                      <p className="text-sm text-ink-muted">Rien à valider.</p>
                    )}
                  </div>
                  <div>
                    <h4 className="font-semibold">En retard ({late.length})</h4>
                    {late.length ? (
                      <ul className="list-disc pl-5">
                        {late.map((o) => (
                          <li key={o.key}>
                            {o.label} (échéance le {formatCalendarDay(o.due)})
                          </li>
                        ))}
                      </ul>
                    ) : (
                      <p className="text-sm text-ink-muted">Aucun retard.</p>
                    )}
                  </div>
                </div>
                <p className="mt-2 flex flex-wrap gap-x-4 text-sm">
                  {d.calendar.years >= 2 ? (
                    <a className="underline" href={`/controle-de-stage/entretien/${d.id}`}>
                      Entretien de 2e année<span className="sr-only"> de {d.stagiaireName}</span>
                    </a>
                  ) : null}
                  <a className="underline" href={`/controle-de-stage/fin-de-stage/${d.id}`}>
                    Fin de stage<span className="sr-only"> de {d.stagiaireName}</span>
                  </a>
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
