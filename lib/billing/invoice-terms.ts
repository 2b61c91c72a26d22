/**
 * The payment and late-payment terms an invoice prints. Code de commerce
 * L441-9 and L441-10: the due date, the late-payment penalty rate and the
 * 40 € fixed recovery indemnity (D441-5) must appear, and so must the
 * discount terms. The organization writes its own terms
 * (TrainingOrganization.paymentTerms); what they leave out, the law's
 * defaults fill in, so an edited text can never drop a compulsory mention.
 */
export const DEFAULT_PENALTIES = "Pénalités de retard : trois fois le taux d'intérêt légal.";
export const RECOVERY_INDEMNITY =
  "Indemnité forfaitaire pour frais de recouvrement en cas de retard de paiement : 40 € (articles L441-10 et D441-5 du Code de commerce).";
export const NO_DISCOUNT = "Escompte pour paiement anticipé : néant.";

export function invoiceTerms(paymentTerms: string): string[] {
  const own = paymentTerms
    .split(/\r?\n+/)
    .map((l) => l.trim())
    .filter(Boolean);
  const text = own.join(" ").toLowerCase();
  const terms = [...own];
  if (!/p[ée]nalit[ée]s?/.test(text)) terms.push(DEFAULT_PENALTIES);
  if (!/40\s*(€|euros?)/.test(text)) terms.push(RECOVERY_INDEMNITY);
  if (!/escompte/.test(text)) terms.push(NO_DISCOUNT);
  return terms;
}
