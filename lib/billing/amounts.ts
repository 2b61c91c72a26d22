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
