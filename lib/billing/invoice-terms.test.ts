import { describe, expect, it } from "vitest";
import { DEFAULT_PENALTIES, invoiceTerms, NO_DISCOUNT, RECOVERY_INDEMNITY } from "./invoice-terms";

describe("invoice payment terms", () => {
  it("keeps the organization's terms and adds the discount mention they lack", () => {
    const own =
      "Paiement à 30 jours. Pénalités de retard : trois fois le taux d'intérêt légal. Indemnité forfaitaire pour frais de recouvrement : 40 €.";
    expect(invoiceTerms(own)).toEqual([own, NO_DISCOUNT]);
  });

  it("adds the compulsory mentions an edited text dropped", () => {
    expect(invoiceTerms("Paiement à réception.\n\nPar virement uniquement.")).toEqual([
      "Paiement à réception.",
      "Par virement uniquement.",
      DEFAULT_PENALTIES,
      RECOVERY_INDEMNITY,
      NO_DISCOUNT,
    ]);
    expect(invoiceTerms("")).toEqual([DEFAULT_PENALTIES, RECOVERY_INDEMNITY, NO_DISCOUNT]);
  });

  it("recognises the mentions however they are written", () => {
    const own = "Penalites : 10 %. Indemnite de 40 euros. Pas d'escompte.";
    expect(invoiceTerms(own)).toEqual([own]);
  });
});
