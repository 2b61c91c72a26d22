import { describe, expect, it } from "vitest";
import { redactJson } from "./redact";

describe("redactJson", () => {
  const needles = ["claire@exemple.test", "Claire Martin"];

  it("replaces every string holding the person's values, at any depth and in any case", () => {
    const input = {
      email: "Claire@Exemple.TEST",
      invited: true,
      list: ["ok", "inscription de claire martin", 3],
      nested: { by: "autre@exemple.test", note: { text: "pour claire@exemple.test" } },
    };
    expect(redactJson(input, needles, "X")).toEqual({
      email: "X",
      invited: true,
      list: ["ok", "X", 3],
      nested: { by: "autre@exemple.test", note: { text: "X" } },
    });
  });

  it("leaves a document without those values as it was, and ignores empty needles", () => {
    const input = { from: "PENDING", to: "CONFIRMED", reason: null, count: 2 };
    expect(redactJson(input, ["", "  "], "X")).toEqual(input);
    expect(redactJson(input, needles, "X")).toEqual(input);
  });
});
