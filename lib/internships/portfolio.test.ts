import { describe, expect, it } from "vitest";
import type { Dossier } from "./dossier";
import { filterPortfolio, paginate, parsePortfolioFilter, portfolioHref } from "./portfolio";

const dossier = (id: string, year: number, late: boolean, waiting: boolean) =>
  ({
    id,
    currentYear: year,
    obligations: late ? [{ status: "late" }] : [{ status: "todo" }],
    documents: waiting ? [{ id: `${id}-r`, state: "SUBMITTED_TO_CONTROLLER" }] : [],
  }) as unknown as Dossier;

describe("the contrôleur's portfolio filters", () => {
  it("reads the address, ignoring what it does not know", () => {
    expect(
      parsePortfolioFilter({
        filtre: "retard",
        annee: "2",
        q: "Moreau",
        page: "3",
        controleur: "c1",
      }),
    ).toEqual({ show: "late", year: 2, search: "Moreau", page: 3, controllerId: "c1" });
    expect(
      parsePortfolioFilter({ filtre: ["attente", "x"], annee: "9", page: "-1", controleur: "a'b" }),
    ).toEqual({ show: "waiting", year: null, search: "", page: 1, controllerId: null });
    expect(parsePortfolioFilter({ filtre: "<script>", q: "x".repeat(500) }).search).toHaveLength(
      100,
    );
  });

  it("keeps the late ones, the waiting ones, a year", () => {
    const all = [
      dossier("a", 1, true, false),
      dossier("b", 2, false, true),
      dossier("c", 2, true, true),
    ];
    const ids = (f: Parameters<typeof filterPortfolio>[1]) =>
      filterPortfolio(all, f).map((d) => d.id);
    expect(ids({ show: "all", year: null })).toEqual(["a", "b", "c"]);
    expect(ids({ show: "late", year: null })).toEqual(["a", "c"]);
    expect(ids({ show: "waiting", year: null })).toEqual(["b", "c"]);
    expect(ids({ show: "late", year: 2 })).toEqual(["c"]);
  });

  it("cuts pages, keeping the filters in the address", () => {
    const items = Array.from({ length: 45 }, (_, i) => i);
    expect(paginate(items, 3)).toEqual({
      items: [40, 41, 42, 43, 44],
      page: 3,
      pageCount: 3,
      count: 45,
    });
    expect(paginate(items, 9).page).toBe(3);
    expect(paginate([], 1)).toEqual({ items: [], page: 1, pageCount: 1, count: 0 });
    const query = parsePortfolioFilter({ filtre: "retard", annee: "2", q: "Mo reau" });
    expect(portfolioHref("/controle-de-stage", query, 2)).toBe(
      "/controle-de-stage?q=Mo+reau&filtre=retard&annee=2&page=2",
    );
    expect(portfolioHref("/controle-de-stage", parsePortfolioFilter({}), 1)).toBe(
      "/controle-de-stage",
    );
  });
});
