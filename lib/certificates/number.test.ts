import { describe, expect, it } from "vitest";
import { newCertificateNumber, normalizeCertificateNumber } from "./number";

describe("certificate numbers", () => {
  it("are 'ATT-' and 12 unambiguous characters, different each time", () => {
    const numbers = new Set(Array.from({ length: 1000 }, newCertificateNumber));
    expect(numbers.size).toBe(1000);
    for (const n of numbers) expect(n).toMatch(/^ATT-[0-9A-HJKMNP-TV-Z]{12}$/);
  });

  it("accept what a person retyped in lower case, refuse anything else", () => {
    expect(normalizeCertificateNumber(" att-0123456789ab ")).toBe("ATT-0123456789AB");
    for (const bad of ["", "ATT-", "ATT-0123456789AI", "ATT-0123456789ABC", "x".repeat(500)])
      expect(normalizeCertificateNumber(bad)).toBeNull();
  });
});
