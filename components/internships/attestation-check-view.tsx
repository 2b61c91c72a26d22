import { CheckResult, UnknownNumber } from "@/components/documents/check-result";
import { formatCalendarDay } from "@/lib/dates/paris";
import type { AttestationCheck } from "@/lib/internships/attestation";

/** The public check of an attestation de fin de stage: who, which council, when, valid until. */
export function AttestationCheckView({ check }: { check: AttestationCheck }) {
  if (check.state === "unknown") {
    return <UnknownNumber document="attestation de fin de stage" prefix="AFS-" />;
  }
  const valid = check.state === "valid";
  return (
    <CheckResult
      tone={valid ? "valid" : "expired"}
      title={valid ? "Attestation de fin de stage authentique et valable" : "Attestation expirée"}
    >
      <p>
        L&apos;attestation de fin de stage n° <strong>{check.number}</strong> a bien été délivrée
        par le conseil régional ci-dessous.
      </p>
      <dl className="grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
        <dt className="font-medium">Stagiaire</dt>
        <dd>{check.stagiaireName}</dd>
        <dt className="font-medium">Conseil régional</dt>
        <dd className="break-words">{check.councilName}</dd>
        <dt className="font-medium">Délivrée le</dt>
        <dd>{formatCalendarDay(check.issuedOn)}</dd>
        <dt className="font-medium">Valable jusqu&apos;au</dt>
        <dd>{formatCalendarDay(check.validUntil)}</dd>
      </dl>
    </CheckResult>
  );
}
