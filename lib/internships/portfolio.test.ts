import { describe, expect, it } from "vitest";
import type { Dossier } from "./dossier";
import { filterPortfolio, parsePortfolioFilter } from "./portfolio";

const dossier = (id: string, year: number, late: boolean, waiting: boolean) =>
  ({
    id,
    currentYear: year,
    obligations: late ? [{ status: "late" }] : [{ status: "todo" }],
    documents: waiting ? [{ id: `${id}-r`, state: "SUBMITTED_TO_CONTROLLER" }] : [],
  }) as unknown as Dossier;

describe("the contrôleur's portfolio filters", () => {
  it("reads the address, ignoring what it does not know", () => {
    expect(parsePortfolioFilter({ filtre: "retard", annee: "2", q: "Moreau" })).toEqual({
      show: "late",
      year: 2,
      search: "Moreau",
    });
    expect(parsePortfolioFilter({ filtre: ["attente", "x"], annee: "9" })).toEqual({
      show: "waiting",
      year: null,
      search: "",
    });
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
});
