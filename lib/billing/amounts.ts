/** Line and order totals in integer cents; VAT rounded per line, as invoices print it. */
export type PricedLine = {
  quantity: number;
  unitPriceExclVatCents: number;
  vatRateBasisPoints: number;
};

export function lineTotals(line: PricedLine): { exclVat: number; vat: number; inclVat: number } {
  const exclVat = line.quantity * line.unitPriceExclVatCents;
  const vat = Math.round((exclVat * line.vatRateBasisPoints) / 10_000);
  return { exclVat, vat, inclVat: exclVat + vat };
}

export function orderTotals(lines: readonly PricedLine[]): {
  exclVat: number;
  vat: number;
  inclVat: number;
} {
  return lines.map(lineTotals).reduce(
    (sum, t) => ({
      exclVat: sum.exclVat + t.exclVat,
      vat: sum.vat + t.vat,
      inclVat: sum.inclVat + t.inclVat,
    }),
    { exclVat: 0, vat: 0, inclVat: 0 },
  );
}

export type VatRateTotal = { vatRateBasisPoints: number; exclVat: number; vat: number };

/**
 * VAT per rate (CGI art. 242 nonies A: an invoice states each rate and the VAT
 * it yields). Rounded per line like lineTotals, so the rates add up to the
 * invoice's VAT total to the cent; highest rate first.
 */
export function vatByRate(lines: readonly PricedLine[]): VatRateTotal[] {
  const byRate = new Map<number, VatRateTotal>();
  for (const line of lines) {
    const t = lineTotals(line);
    const entry = byRate.get(line.vatRateBasisPoints) ?? {
      vatRateBasisPoints: line.vatRateBasisPoints,
      exclVat: 0,
      vat: 0,
    };
    entry.exclVat += t.exclVat;
    entry.vat += t.vat;
    byRate.set(line.vatRateBasisPoints, entry);
  }
  return [...byRate.values()].sort((a, b) => b.vatRateBasisPoints - a.vatRateBasisPoints);
}

/** Basis points as French readers write a rate: 2000 -> "20 %", 550 -> "5,5 %". */
export function formatVatRate(basisPoints: number): string {
  return `${(basisPoints / 100).toLocaleString("fr-FR", { maximumFractionDigits: 2 })} %`;
}
