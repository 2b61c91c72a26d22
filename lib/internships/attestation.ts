import "server-only";
import type { Viewer } from "@/lib/auth/load-viewer";
import { parisDay } from "@/lib/dates/paris";
import { getDb } from "@/lib/db";
import { publicBaseUrl, verificationUrl } from "@/lib/http/public-url";
import { ANONYMIZED_STAGIAIRE_NAME } from "@/lib/privacy/placeholders";
import { getEndOfStageDossier, getMyDossier, VARIANT_LABELS, type Dossier } from "./dossier";
import { attestationIsValid, normalizeAttestationNumber } from "./end-rules";

/**
 * The attestation de fin de stage: what its PDF states (for the stagiaire and
 * the stage's contrôleurs), and the public check of its number
 * (/verification/<number>, no sign-in), which says only what a reader needs:
 * who, which council, issued when, valid until when.
 */
export type AttestationData = {
  number: string;
  stagiaireName: string;
  councilName: string;
  variantLabel: string;
  startDate: Date;
  theoreticalEnd: Date;
  issuedOn: Date;
  validUntil: Date;
  extended: boolean;
  verificationUrl: string;
};

function attestationOf(dossier: Dossier): AttestationData | null {
  const a = dossier.attestation;
  if (!a) return null;
  return {
    number: a.number,
    stagiaireName: dossier.stagiaireName,
    councilName: dossier.council.name,
    variantLabel: VARIANT_LABELS[dossier.variant],
    startDate: dossier.startDate,
    theoreticalEnd: dossier.calendar.theoreticalEnd,
    issuedOn: a.issuedOn,
    validUntil: a.validUntil,
    extended: a.extendedAt !== null,
    verificationUrl: verificationUrl(publicBaseUrl(), a.number),
  };
}

/** The stagiaire's own attestation (null: none issued). */
export async function getMyAttestation(viewer: Viewer, now: Date = new Date()) {
  const dossier = await getMyDossier(viewer, now);
  return dossier ? attestationOf(dossier) : null;
}

/** A stage's attestation seen by one of its contrôleurs (null: not theirs, or none). */
export async function getAttestationFor(
  viewer: Viewer,
  internshipId: string,
  now: Date = new Date(),
) {
  const dossier = await getEndOfStageDossier(viewer, internshipId, now);
  return dossier ? attestationOf(dossier) : null;
}

export type AttestationCheck =
  | {
      state: "valid" | "expired";
      number: string;
      stagiaireName: string;
      councilName: string;
      issuedOn: Date;
      validUntil: Date;
    }
  | { state: "unknown" };

export async function checkInternshipAttestation(
  input: string,
  now: Date = new Date(),
): Promise<AttestationCheck> {
  const number = normalizeAttestationNumber(input);
  if (!number) return { state: "unknown" };
  const db = await getDb();
  const row = await db.internshipAttestation.findUnique({
    where: { number },
    select: {
      issuedOn: true,
      validUntil: true,
      internship: {
        select: {
          council: { select: { name: true } },
          participant: {
            select: { user: { select: { firstName: true, lastName: true, anonymizedAt: true } } },
          },
        },
      },
    },
  });
  if (!row) return { state: "unknown" };
  const user = row.internship.participant.user;
  return {
    state: attestationIsValid(row.validUntil, parisDay(now)) ? "valid" : "expired",
    number,
    stagiaireName: user.anonymizedAt
      ? ANONYMIZED_STAGIAIRE_NAME
      : `${user.firstName} ${user.lastName}`,
    councilName: row.internship.council.name,
    issuedOn: row.issuedOn,
    validUntil: row.validUntil,
  };
}

export const isAttestationNumber = (input: string) => normalizeAttestationNumber(input) !== null;
