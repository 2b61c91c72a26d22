import { formatCalendarDay } from "@/lib/dates/paris";
import type { AttestationCheck } from "@/lib/internships/attestation";

/** The public check of an attestation de fin de stage: who, which council, when, valid until. */
export function AttestationCheckView({ check }: { check: AttestationCheck }) {
  if (check.state === "unknown") {
    return (
      <section
        aria-labelledby="resultat-title"
        className="flex flex-col gap-2 rounded-lg border border-slate-300 bg-white p-4"
      >
        <h2 id="resultat-title" className="text-lg font-semibold">
          Attestation introuvable
        </h2>
        <p>Aucune attestation de fin de stage ne porte ce numéro.</p>
        <p className="text-sm text-ink-muted">
          Vérifiez le numéro imprimé sous le code QR de l&apos;attestation : « AFS- » suivi de 12
          lettres et chiffres.
        </p>
      </section>
    );
  }
  const valid = check.state === "valid";
  return (
    <section
      aria-labelledby="resultat-title"
      className={`flex flex-col gap-3 rounded-lg border bg-white p-4 ${valid ? "border-green-700" : "border-amber-700"}`}
    >
      <h2
        id="resultat-title"
        className={`text-lg font-semibold ${valid ? "text-green-800" : "text-amber-900"}`}
      >
        {valid ? "Attestation de fin de stage authentique et valable" : "Attestation expirée"}
      </h2>
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
    </section>
  );
}
