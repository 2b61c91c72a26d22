const euros = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR" });

/** Integer cents as "1 234,56 €" (French grouping with a normal space, for copy-paste). */
export function formatCents(cents: number): string {
  return euros.format(cents / 100).replace(/[\u202f\u00a0]/g, " ");
}
