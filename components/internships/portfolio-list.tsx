import { formatCalendarDay } from "@/lib/dates/paris";
import type { Dossier } from "@/lib/internships/dossier";
import { documentLabel } from "@/lib/internships/obligations";
import { waitingForController } from "@/lib/internships/portfolio";
import { DossierFollowUp } from "./dossier-follow-up";

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
                <DossierFollowUp
                  Heading="h4"
                  waitingTitle="En attente de moi"
                  waiting={waiting.map((doc) => ({
                    key: doc.id,
                    item: documentLabel(doc.kind, doc.sequence),
                  }))}
                  nothingWaiting="Rien à valider."
                  obligations={d.obligations}
                />
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
