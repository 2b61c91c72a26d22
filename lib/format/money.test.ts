import { describe, expect, it } from "vitest";
import { formatCents } from "./money";

describe("amounts", () => {
  it("prints integer cents in French", () => {
    expect(formatCents(123456)).toBe("1 234,56 €");
    expect(formatCents(0)).toBe("0,00 €");
  });
});
