import { parisDay } from "@/lib/dates/paris";
import { isRecordId } from "@/lib/db/record-id";
import type { Dossier } from "./dossier";

/**
 * The contrôleur's portfolio filters: late stagiaires, documents waiting for
 * the contrôleur, a year of the stage, a page of the list (and, for the
 * contrôleur principal, one contrôleur of the council). Statuses are computed
 * from the dates, so these filters run on the dossiers the scope bounded.
 */
export type PortfolioFilter = { show: "all" | "late" | "waiting"; year: number | null };

export type PortfolioQuery = PortfolioFilter & {
  search: string;
  page: number;
  /** The council view: the stagiaires of one contrôleur (adjoint). */
  controllerId: string | null;
};

export const PORTFOLIO_PAGE_SIZE = 20;

export function parsePortfolioFilter(
  params: Record<string, string | string[] | undefined>,
): PortfolioQuery {
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";
  const show = one(params.filtre);
  const year = Number(one(params.annee));
  const page = Number(one(params.page));
  const controller = one(params.controleur);
  return {
    show: show === "retard" ? "late" : show === "attente" ? "waiting" : "all",
    year: Number.isInteger(year) && year >= 1 && year <= 3 ? year : null,
    search: one(params.q).slice(0, 100),
    page: Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1,
    controllerId: isRecordId(controller) ? controller : null,
  };
}

/** The address of a page of the list with the same filters. */
export function portfolioHref(base: string, query: PortfolioQuery, page: number): string {
  const params = new URLSearchParams();
  if (query.search) params.set("q", query.search);
  if (query.show !== "all") params.set("filtre", query.show === "late" ? "retard" : "attente");
  if (query.year) params.set("annee", String(query.year));
  if (query.controllerId) params.set("controleur", query.controllerId);
  if (page > 1) params.set("page", String(page));
  const qs = params.toString();
  return qs ? `${base}?${qs}` : base;
}

export function waitingForController(d: Pick<Dossier, "documents">) {
  return d.documents.filter((doc) => doc.state === "SUBMITTED_TO_CONTROLLER");
}

/** Documents the contrôleur validated (he may read them again). */
export function decidedByController(d: Pick<Dossier, "documents">) {
  return d.documents.filter((doc) => doc.state === "VALIDATED" || doc.state === "FILED");
}

export function filterPortfolio<
  D extends Pick<Dossier, "currentYear" | "obligations" | "documents">,
>(dossiers: readonly D[], filter: PortfolioFilter): D[] {
  return dossiers.filter(
    (d) =>
      (filter.year === null || d.currentYear === filter.year) &&
      (filter.show !== "late" || d.obligations.some((o) => o.status === "late")) &&
      (filter.show !== "waiting" || waitingForController(d).length > 0),
  );
}

/** One page of a list; a page past the end shows the last one. */
export function paginate<T>(items: readonly T[], page: number, size = PORTFOLIO_PAGE_SIZE) {
  const pageCount = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(page, pageCount);
  return {
    items: items.slice((current - 1) * size, current * size),
    page: current,
    pageCount,
    count: items.length,
  };
}

/** Today's contrôleur adjoint of a stage (null: none assigned). */
export function currentController(
  dossier: Pick<Dossier, "controls">,
  now: Date = new Date(),
): Dossier["controls"][number] | null {
  const today = parisDay(now).getTime();
  return (
    dossier.controls.find(
      (c) =>
        c.role === "ADJOINT" &&
        c.startDate.getTime() <= today &&
        (!c.endDate || c.endDate.getTime() >= today),
    ) ?? null
  );
}
