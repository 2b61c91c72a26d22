import { formatVatRate, type VatRateTotal } from "@/lib/billing/amounts";
import { formatCents } from "@/lib/format/money";

/** Total HT, VAT per rate, Total TTC: the block under an order's or an invoice's lines. */
export function AmountsSummary({
  totals,
  vatByRate,
}: {
  totals: { exclVat: number; vat: number; inclVat: number };
  vatByRate: VatRateTotal[];
}) {
  const row = "flex justify-between gap-4 py-1";
  return (
    <dl className="w-full rounded-lg border border-slate-200 bg-white p-4 text-sm sm:ml-auto sm:max-w-sm">
      <div className={row}>
        <dt>Total HT</dt>
        <dd className="whitespace-nowrap">{formatCents(totals.exclVat)}</dd>
      </div>
      {vatByRate.map((r) => (
        <div key={r.vatRateBasisPoints} className={row}>
          <dt>
            TVA {formatVatRate(r.vatRateBasisPoints)}
            <span className="text-ink-muted"> sur {formatCents(r.exclVat)}</span>
          </dt>
          <dd className="whitespace-nowrap">{formatCents(r.vat)}</dd>
        </div>
      ))}
      {vatByRate.length > 1 ? (
        <div className={row}>
          <dt>Total TVA</dt>
          <dd className="whitespace-nowrap">{formatCents(totals.vat)}</dd>
        </div>
      ) : null}
      <div className={`${row} border-t border-slate-200 font-semibold`}>
        <dt>Total TTC</dt>
        <dd className="whitespace-nowrap">{formatCents(totals.inclVat)}</dd>
      </div>
    </dl>
  );
}
