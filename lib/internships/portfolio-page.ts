import "server-only";
import type { Viewer } from "@/lib/auth/load-viewer";
import { parisDay } from "@/lib/dates/paris";
import { listDossiersFor, type Dossier } from "./dossier";
import { filterPortfolio, paginate, type PortfolioQuery } from "./portfolio";
import {
  councilControllers,
  principalCouncil,
  type Council,
  type CouncilController,
} from "./reassign";
import { coversDay } from "./scope";

/**
 * "Mon portefeuille" and the council's portfolios, one page at a time. The
 * lateness of each obligation is computed from the dates, so the scope's
 * stages are loaded whole (one query for the stages and their documents, two
 * for the training of all of them), then filtered and cut into pages.
 */
export type PortfolioPage = {
  items: Dossier[];
  page: number;
  pageCount: number;
  /** Stagiaires matching the filters. */
  count: number;
  /** Stagiaires in the portfolio (search included, filters not). */
  total: number;
};

export async function getPortfolioPage(
  viewer: Viewer,
  query: PortfolioQuery,
  now: Date = new Date(),
): Promise<PortfolioPage> {
  const dossiers = await listDossiersFor(viewer, "controller", now, query.search);
  return { ...paginate(filterPortfolio(dossiers, query), query.page), total: dossiers.length };
}

export type CouncilPortfolioPage = PortfolioPage & {
  council: Council;
  controllers: CouncilController[];
};

/** Every portfolio of the principal's council (or one contrôleur's): null for anyone else. */
export async function getCouncilPortfolioPage(
  viewer: Viewer,
  query: PortfolioQuery,
  now: Date = new Date(),
): Promise<CouncilPortfolioPage | null> {
  const council = await principalCouncil(viewer, now);
  if (!council) return null;
  const controllers = await councilControllers(council.id);
  const controllerId = controllers.some((c) => c.id === query.controllerId)
    ? query.controllerId
    : null;
  const dossiers = await listDossiersFor(viewer, "council", now, query.search, {
    councilId: council.id,
    ...(controllerId
      ? {
          controls: {
            some: { userId: controllerId, role: "ADJOINT", ...coversDay(parisDay(now)) },
          },
        }
      : {}),
  });
  return {
    ...paginate(filterPortfolio(dossiers, query), query.page),
    total: dossiers.length,
    council,
    controllers,
  };
}
