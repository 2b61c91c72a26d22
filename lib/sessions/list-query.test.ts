import { describe, expect, it } from "vitest";
import { parseSessionListQuery } from "./list-query";

describe("Mes sessions query string", () => {
  it("reads a well-formed query", () => {
    expect(
      parseSessionListQuery({
        vue: "terminees",
        q: " safir ",
        organisme: "org_1",
        modalite: "ELEARNING",
        annee: "2025",
        page: "3",
      }),
    ).toEqual({
      vue: "terminees",
      q: "safir",
      organisme: "org_1",
      modalite: "ELEARNING",
      annee: 2025,
      page: 3,
    });
  });

  it("falls back to defaults on malformed values", () => {
    expect(
      parseSessionListQuery({
        vue: "toutes",
        q: "x".repeat(5000),
        organisme: "'; DROP TABLE",
        modalite: "VR",
        annee: "abc",
        page: "-1",
      }),
    ).toEqual({
      vue: "prochaines",
      q: undefined,
      organisme: undefined,
      modalite: undefined,
      annee: undefined,
      page: 1,
    });
  });

  it("drops a search holding a NUL byte (PostgreSQL would refuse it)", () => {
    expect(parseSessionListQuery({ q: "saf\u0000ir" }).q).toBeUndefined();
  });

  it("takes the first of repeated parameters", () => {
    expect(parseSessionListQuery({ page: ["2", "9"] }).page).toBe(2);
  });
});
