import { describe, expect, it } from "vitest";
import { formatVatRate, lineTotals, orderTotals, vatByRate } from "./amounts";

const line = (unit: number, rate = 2000, quantity = 1) => ({
  quantity,
  unitPriceExclVatCents: unit,
  vatRateBasisPoints: rate,
});

describe("invoice amounts in cents", () => {
  it("rounds VAT per line, half away from zero", () => {
    expect(lineTotals(line(12_345))).toEqual({ exclVat: 12_345, vat: 2_469, inclVat: 14_814 });
    expect(lineTotals(line(1_001, 550, 3))).toEqual({ exclVat: 3_003, vat: 165, inclVat: 3_168 });
  });

  it("gives each rate its base and VAT, adding up to the order's totals", () => {
    const lines = [line(33_333), line(10_001, 550), line(66_667), line(0, 0)];
    const rates = vatByRate(lines);
    expect(rates).toEqual([
      { vatRateBasisPoints: 2000, exclVat: 100_000, vat: 20_000 },
      { vatRateBasisPoints: 550, exclVat: 10_001, vat: 550 },
      { vatRateBasisPoints: 0, exclVat: 0, vat: 0 },
    ]);
    const totals = orderTotals(lines);
    expect(rates.reduce((s, r) => s + r.vat, 0)).toBe(totals.vat);
    expect(rates.reduce((s, r) => s + r.exclVat, 0)).toBe(totals.exclVat);
  });

  it("writes rates the French way", () => {
    expect(formatVatRate(2000)).toBe("20 %");
    expect(formatVatRate(550)).toBe("5,5 %");
    expect(formatVatRate(0)).toBe("0 %");
  });
});
