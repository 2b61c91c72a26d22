import { describe, expect, it } from "vitest";
import { invoiceNumber as seedInvoiceNumber } from "../../prisma/seed/billing";
import { formatInvoiceNumber } from "./invoice-number";

describe("invoice numbers", () => {
  it("read F<year>-<organization code>-<six digits>", () => {
    expect(formatInvoiceNumber("20", 2026, 123)).toBe("F2026-20-000123");
    expect(formatInvoiceNumber("06", 2027, 1)).toBe("F2027-06-000001");
  });

  it("are written the way the demo seed numbers its invoices", () => {
    for (const [code, year, n] of [
      ["20", 2026, 1],
      ["41", 2025, 999_999],
      ["13", 2024, 42],
    ] as const) {
      expect(formatInvoiceNumber(code, year, n)).toBe(seedInvoiceNumber(code, year, n));
    }
  });
});
