import { formatDate } from "@/lib/dates/paris";
import type { CertificateCheck } from "@/lib/certificates/verification";
import { formatHours } from "@/lib/format/duration";
import { CheckResult, UnknownNumber } from "./check-result";

/** The public check's answer: confirmed with what the certificate states, revoked, or unknown. */
export function CertificateCheckView({ check }: { check: CertificateCheck }) {
  if (check.state === "valid") {
    return (
      <CheckResult tone="valid" title="Attestation authentique">
        <p>
          L&apos;attestation n° <strong>{check.number}</strong> a bien été délivrée par
          l&apos;organisme de formation ci-dessous.
        </p>
        <dl className="grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
          <dt className="font-medium">Participant</dt>
          <dd>{check.participantName}</dd>
          <dt className="font-medium">Formation</dt>
          <dd className="break-words">{check.courseTitle}</dd>
          <dt className="font-medium">Dates</dt>
          <dd>{check.dates}</dd>
          <dt className="font-medium">Durée</dt>
          <dd>{formatHours(check.durationMinutes)}</dd>
          <dt className="font-medium">Organisme de formation</dt>
          <dd>{check.organizationName}</dd>
          <dt className="font-medium">Délivrée le</dt>
          <dd>{formatDate(check.issuedAt)}</dd>
        </dl>
      </CheckResult>
    );
  }
  if (check.state === "revoked") {
    return (
      <CheckResult tone="revoked" title="Attestation révoquée">
        <p>
          L&apos;attestation n° <strong>{check.number}</strong> a été révoquée par l&apos;organisme
          de formation le {formatDate(check.revokedAt)} : elle n&apos;est plus valable.
        </p>
      </CheckResult>
    );
  }
  return <UnknownNumber document="attestation de formation" prefix="ATT-" />;
}

export function TooManyChecks({ retryAfterSeconds }: { retryAfterSeconds: number }) {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return (
    <CheckResult tone="blocked" title="Trop de vérifications">
      <p>
        Trop de vérifications ont été demandées depuis votre connexion (erreur 429). Réessayez dans{" "}
        {minutes} minute{minutes > 1 ? "s" : ""}.
      </p>
    </CheckResult>
  );
}
