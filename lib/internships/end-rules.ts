import { randomBase32 } from "@/lib/certificates/number";
import type { InternshipDecisionKind, InternshipStatus } from "@/lib/db/generated/enums";
import { addDays, addMonths } from "./calendar";

/**
 * The end of the stage, as rules (pure): what moves the theoretical end, when
 * the comité's decision may be recorded, and how long the attestation de fin
 * de stage is valid (6 years, extendable by 2: règlement du stage, Titre V).
 */
export const ATTESTATION_VALID_MONTHS = 72;
export const ATTESTATION_EXTENSION_MONTHS = 24;
export const MAX_VOIDED_MONTHS = 36;

/** Months added to the end: each document recorded late, each invalidation. */
export function addedMonths(row: {
  penalties: readonly { months: number }[];
  decisions: readonly { months: number | null }[];
}): number {
  return (
    row.penalties.reduce((sum, p) => sum + p.months, 0) +
    row.decisions.reduce((sum, d) => sum + (d.months ?? 0), 0)
  );
}

/** The last day an attestation issued on `issuedOn` is valid: the eve of its 6th anniversary. */
export function attestationValidUntil(issuedOn: Date): Date {
  return addDays(addMonths(issuedOn, ATTESTATION_VALID_MONTHS), -1);
}

/** The validity once extended by 2 years. */
export function extendedValidUntil(validUntil: Date): Date {
  return addDays(addMonths(addDays(validUntil, 1), ATTESTATION_EXTENSION_MONTHS), -1);
}

export function attestationIsValid(validUntil: Date, today: Date): boolean {
  return today.getTime() <= validUntil.getTime();
}

/** "AFS-" (attestation de fin de stage) and 12 characters of Crockford's base32 (60 bits). */
const PATTERN = /^AFS-[0-9A-HJKMNP-TV-Z]{12}$/;

export function newAttestationNumber(): string {
  return `AFS-${randomBase32(12)}`;
}

export function normalizeAttestationNumber(input: string): string | null {
  if (input.length > 40) return null;
  const value = input.trim().toUpperCase();
  return PATTERN.test(value) ? value : null;
}

export const DECISION_LABELS: Record<InternshipDecisionKind, string> = {
  ATTESTATION: "Délivrance de l'attestation de fin de stage",
  REFUSAL: "Refus de l'attestation de fin de stage",
  INVALIDATION: "Invalidation de mois de stage",
};

export type DecisionFacts = {
  status: InternshipStatus;
  /** Every obligation validated. */
  complete: boolean;
  /** The fiche générale de synthèse sent to the comité on this day (null: not yet). */
  synthesisSentOn: Date | null;
  /** The days the stagiaire was heard. */
  hearings: readonly Date[];
  /** The day of the last invalidation already decided (a hearing must follow it). */
  lastInvalidationOn: Date | null;
  today: Date;
};

export type DecisionInput = {
  kind: InternshipDecisionKind;
  months: number | null;
  decidedOn: Date;
};

export type RuleCheck = { ok: true } | { ok: false; message: string; field?: string };

/**
 * Whether the comité's decision may be recorded. The attestation and its
 * refusal come after the synthesis reached the comité, the attestation only
 * on a complete package; voiding months needs the stagiaire heard first
 * (règlement du stage: the comité hears the stagiaire before proposing it).
 */
export function checkDecision(facts: DecisionFacts, input: DecisionInput): RuleCheck {
  if (facts.status === "COMPLETED") {
    return { ok: false, message: "L'attestation de fin de stage a déjà été délivrée." };
  }
  if (facts.status === "VOID") return { ok: false, message: "Ce stage n'est plus en cours." };
  if (input.decidedOn.getTime() > facts.today.getTime()) {
    return {
      ok: false,
      field: "decidedOn",
      message: "La date de la décision ne peut pas être dans le futur.",
    };
  }
  if (input.kind === "INVALIDATION") {
    if (!input.months || input.months < 1 || input.months > MAX_VOIDED_MONTHS) {
      return {
        ok: false,
        field: "months",
        message: `Indiquez le nombre de mois invalidés (1 à ${MAX_VOIDED_MONTHS}).`,
      };
    }
    const since = facts.lastInvalidationOn?.getTime() ?? -Infinity;
    const heard = facts.hearings.some(
      (h) => h.getTime() <= input.decidedOn.getTime() && h.getTime() > since,
    );
    if (!heard) {
      return {
        ok: false,
        message:
          "Une invalidation exige l'audition préalable du stagiaire : enregistrez d'abord son audition.",
      };
    }
    return { ok: true };
  }
  if (!facts.synthesisSentOn) {
    return {
      ok: false,
      message: "La fiche générale de synthèse n'a pas encore été envoyée au comité du stage.",
    };
  }
  if (input.kind === "ATTESTATION" && !facts.complete) {
    return {
      ok: false,
      message:
        "Toutes les obligations du stage ne sont pas validées : le dossier final est incomplet.",
    };
  }
  return { ok: true };
}
