import { describe, expect, it } from "vitest";
import { fitUrlPart, URL_PART_BUDGET } from "../support/fuzz/url";

/*
 * The route fuzzing cuts hostile URL parts to what a Node server lets through
 * (tests/support/fuzz/url.ts): the cut must keep them oversized for every
 * field, well-formed, and within the budget whatever their characters.
 */
describe("fitUrlPart", () => {
  it("leaves a short value as it is", () => {
    expect(fitUrlPart("' OR '1'='1")).toBe("' OR '1'='1");
  });

  it.each([
    ["ASCII", "A".repeat(1024 * 1024)],
    ["two-byte characters", "é".repeat(512 * 1024)],
    ["four-byte characters", "😀".repeat(300_000)],
    ["HTML", "<b>".repeat(350_000)],
  ])(
    "cuts a megabyte of %s to a prefix within the budget, far past any field limit",
    (_, value) => {
      const fitted = fitUrlPart(value);
      const encoded = encodeURIComponent(fitted).length;
      expect(encoded).toBeLessThanOrEqual(URL_PART_BUDGET);
      expect(encoded).toBeGreaterThan(URL_PART_BUDGET * 0.8);
      expect(value.startsWith(fitted.replace(/\ufffd$/, ""))).toBe(true);
      expect(fitted.length).toBeGreaterThan(128);
    },
  );

  it("never leaves a lone surrogate, which a URL cannot carry", () => {
    const fitted = fitUrlPart(`\ud800${"😀".repeat(10_000)}`);
    expect(fitted.startsWith("\ufffd")).toBe(true);
    expect(() => encodeURIComponent(fitted)).not.toThrow();
  });

  it("keeps a route's segments and four query pairs under Node's 16 KiB", () => {
    // The most dynamic segments of a route handler (3) and four key=value pairs, all at the budget.
    const worst = URL_PART_BUDGET * (3 + 4 * 2) + 200;
    expect(worst).toBeLessThan(16 * 1024);
  });
});
