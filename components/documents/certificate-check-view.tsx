import { formatDate } from "@/lib/dates/paris";
import type { CertificateCheck } from "@/lib/certificates/verification";
import { formatHours } from "@/lib/format/duration";

/** The public check's answer: confirmed with what the certificate states, revoked, or unknown. */
export function CertificateCheckView({ check }: { check: CertificateCheck }) {
  if (check.state === "valid") {
    return (
      <section
        aria-labelledby="resultat-title"
        className="flex flex-col gap-3 rounded-lg border border-green-700 bg-white p-4"
      >
        <h2 id="resultat-title" className="text-lg font-semibold text-green-800">
          Attestation authentique
        </h2>
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
      </section>
    );
  }
  if (check.state === "revoked") {
    return (
      <section
        aria-labelledby="resultat-title"
        className="flex flex-col gap-2 rounded-lg border border-red-700 bg-white p-4"
      >
        <h2 id="resultat-title" className="text-lg font-semibold text-red-800">
          Attestation révoquée
        </h2>
        <p>
          L&apos;attestation n° <strong>{check.number}</strong> a été révoquée par l&apos;organisme
          de formation le {formatDate(check.revokedAt)} : elle n&apos;est plus valable.
        </p>
      </section>
    );
  }
  return (
    <section
      aria-labelledby="resultat-title"
      className="flex flex-col gap-2 rounded-lg border border-slate-300 bg-white p-4"
    >
      <h2 id="resultat-title" className="text-lg font-semibold">
        Attestation introuvable
      </h2>
      <p>Aucune attestation de formation ne porte ce numéro.</p>
      <p className="text-sm text-ink-muted">
        Vérifiez le numéro imprimé sous le code QR de l&apos;attestation : « ATT- » suivi de 12
        lettres et chiffres.
      </p>
    </section>
  );
}

export function TooManyChecks({ retryAfterSeconds }: { retryAfterSeconds: number }) {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return (
    <section
      aria-labelledby="resultat-title"
      className="flex flex-col gap-2 rounded-lg border border-amber-700 bg-white p-4"
    >
      <h2 id="resultat-title" className="text-lg font-semibold">
        Trop de vérifications
      </h2>
      <p>
        Trop de vérifications ont été demandées depuis votre connexion (erreur 429). Réessayez dans{" "}
        {minutes} minute{minutes > 1 ? "s" : ""}.
      </p>
    </section>
  );
}
