import { describe, expect, it } from "vitest";
import { diffLines } from "./diff";

describe("diffLines", () => {
  it("keeps common paragraphs and marks the added and removed ones", () => {
    expect(diffLines("Intro\nPartie 1\nFin", "Intro\nPartie 1 revue\nPartie 2\nFin")).toEqual([
      { kind: "same", text: "Intro" },
      { kind: "removed", text: "Partie 1" },
      { kind: "added", text: "Partie 1 revue" },
      { kind: "added", text: "Partie 2" },
      { kind: "same", text: "Fin" },
    ]);
  });

  it("says nothing changed for the same text", () => {
    expect(diffLines("a\nb", "a\nb").every((l) => l.kind === "same")).toBe(true);
  });
});
