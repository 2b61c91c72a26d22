import type { Dossier } from "./dossier";

/**
 * The contrôleur's portfolio filters: late stagiaires, documents waiting for
 * the contrôleur, a year of the stage. Statuses are computed from the dates,
 * so these filters run on the dossiers the scope already bounded.
 */
export type PortfolioFilter = { show: "all" | "late" | "waiting"; year: number | null };

export function parsePortfolioFilter(
  params: Record<string, string | string[] | undefined>,
): PortfolioFilter & {
  search: string;
} {
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";
  const show = one(params.filtre);
  const year = Number(one(params.annee));
  return {
    show: show === "retard" ? "late" : show === "attente" ? "waiting" : "all",
    year: Number.isInteger(year) && year >= 1 && year <= 3 ? year : null,
    search: one(params.q).slice(0, 100),
  };
}

export function waitingForController(d: Dossier) {
  return d.documents.filter((doc) => doc.state === "SUBMITTED_TO_CONTROLLER");
}

export function filterPortfolio(dossiers: readonly Dossier[], filter: PortfolioFilter): Dossier[] {
  return dossiers.filter(
    (d) =>
      (filter.year === null || d.currentYear === filter.year) &&
      (filter.show !== "late" || d.obligations.some((o) => o.status === "late")) &&
      (filter.show !== "waiting" || waitingForController(d).length > 0),
  );
}
