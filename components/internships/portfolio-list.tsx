import Link from "next/link";
import { Pagination } from "@/components/ui/pagination";
import { formatCalendarDay } from "@/lib/dates/paris";
import type { Dossier } from "@/lib/internships/dossier";
import { documentLabel } from "@/lib/internships/obligations";
import { controllerDocumentPath } from "@/lib/internships/paths";
import {
  currentController,
  decidedByController,
  waitingForController,
} from "@/lib/internships/portfolio";

/**
 * The contrôleur's stagiaires (or, for the contrôleur principal, the
 * council's): year, maître and firm, what waits for the contrôleur, what is
 * late, one page at a time.
 */
export function PortfolioList({
  dossiers,
  count,
  total,
  page,
  pageCount,
  hrefFor,
  council = false,
}: {
  dossiers: Dossier[];
  count: number;
  total: number;
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
  /** The principal's view: each stagiaire's contrôleur, a link to reassign him; documents unlinked. */
  council?: boolean;
}) {
  return (
    <section aria-labelledby="portefeuille-liste" className="flex flex-col gap-3">
      <h2 id="portefeuille-liste" className="text-lg font-semibold">
        {count} stagiaire{count > 1 ? "s" : ""} sur {total}
        {pageCount > 1 ? ` — page ${page} sur ${pageCount}` : ""}
      </h2>
      {dossiers.length === 0 ? (
        <p className="text-ink-muted">Aucun stagiaire ne correspond à ces filtres.</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {dossiers.map((d) => {
            const master = d.supervisions.find((s) => s.role === "MASTER" && !s.endDate);
            const controller = currentController(d);
            const waiting = waitingForController(d);
            const late = d.obligations.filter((o) => o.status === "late");
            const decided = council ? [] : decidedByController(d);
            return (
              <li key={d.id} className="rounded-lg border border-slate-200 bg-white p-4">
                <h3 className="text-lg font-semibold">
                  {council ? (
                    <Link
                      href={`/controle-de-stage/conseil/stagiaires/${d.id}`}
                      className="text-brand-800 underline"
                    >
                      {d.stagiaireName}
                    </Link>
                  ) : (
                    d.stagiaireName
                  )}
                </h3>
                <p className="text-sm text-ink-muted">
                  Année {d.currentYear} sur {d.calendar.years}
                  {master
                    ? ` · maître de stage : ${master.user.firstName} ${master.user.lastName} (${master.firmName})`
                    : ""}
                  {council
                    ? ` · contrôleur : ${controller ? `${controller.user.firstName} ${controller.user.lastName}` : "aucun"}`
                    : ""}
                  {` · fin théorique le ${formatCalendarDay(d.calendar.theoreticalEnd)}`}
                </p>
                <div className="mt-2 grid gap-3 sm:grid-cols-2">
                  <div>
                    <h4 className="font-semibold">
                      {council ? "En attente du contrôleur" : "En attente de moi"} ({waiting.length}
                      )
                    </h4>
                    {waiting.length ? (
                      <ul className="list-disc pl-5">
                        {waiting.map((doc) => (
                          <li key={doc.id}>
                            {council ? (
                              documentLabel(doc.kind, doc.sequence)
                            ) : (
                              <Link
                                href={controllerDocumentPath(doc.id)}
                                className="text-brand-800 underline"
                              >
                                {documentLabel(doc.kind, doc.sequence)}
                                <span className="sr-only"> de {d.stagiaireName}</span>
                              </Link>
                            )}
                          </li>
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
                {decided.length ? (
                  <p className="mt-2 text-sm">
                    Validés :{" "}
                    {decided.map((doc, i) => (
                      <span key={doc.id}>
                        {i > 0 ? ", " : ""}
                        <Link
                          href={controllerDocumentPath(doc.id)}
                          className="text-brand-800 underline"
                        >
                          {documentLabel(doc.kind, doc.sequence)}
                          <span className="sr-only"> de {d.stagiaireName}</span>
                        </Link>
                      </span>
                    ))}
                  </p>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      <Pagination page={page} pageCount={pageCount} hrefFor={hrefFor} />
    </section>
  );
}
