import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseInput, UNSAFE_TEXT } from "./parse-input";
import { unsafeTextPaths } from "./unsafe-text";

const schema = z.object({ title: z.string().min(2, "Saisissez un titre."), count: z.number() });

describe("unsafeTextPaths", () => {
  it("finds NUL bytes and lone surrogates in values and keys, at any depth", () => {
    expect(
      unsafeTextPaths({
        a: "ok",
        b: "x\u0000y",
        c: ["fine", "\ud800"],
        d: { "k\u0000": 1, e: { f: "\udfffz" } },
        g: "😀 paire valide",
      }),
    ).toEqual([["b"], ["c", 1], ["d", "k\u0000"], ["d", "e", "f"]]);
  });

  it("ignores what is not a plain object, array or string, and survives cycles", () => {
    const cycle: Record<string, unknown> = { s: "\u0000" };
    cycle.self = cycle;
    expect(unsafeTextPaths(cycle)).toEqual([["s"]]);
    expect(unsafeTextPaths(new Map([["a", "\u0000"]]))).toEqual([]);
    expect(unsafeTextPaths(42)).toEqual([]);
  });
});

describe("parseInput", () => {
  it("refuses unsafe text on its field before the schema runs", () => {
    const result = parseInput(schema, { title: "a\u0000b", count: 1 });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path, i.message])).toEqual([
      [["title"], UNSAFE_TEXT],
    ]);
  });

  it("keeps the schema's own messages and words zod's defaults in French", () => {
    const result = parseInput(schema, { title: "a", count: "trois" });
    expect(result.error?.issues.map((i) => i.message)).toEqual([
      "Saisissez un titre.",
      "Entrée invalide : nombre attendu, chaîne de caractères reçu",
    ]);
    expect(parseInput(schema, []).error?.issues[0]?.message).toBe(
      "Entrée invalide : objet attendu, tableau reçu",
    );
  });

  it("returns the parsed data of valid input", () => {
    expect(parseInput(schema, { title: "Bilan", count: 2 })).toMatchObject({
      success: true,
      data: { title: "Bilan", count: 2 },
    });
  });
});
