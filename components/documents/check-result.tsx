import type { ReactNode } from "react";

/**
 * The boxed answer of a public check (/verification: attestation de formation,
 * attestation de fin de stage): a section named by its title, whose border and
 * title colour say the outcome. The answers that list the document's details
 * (authentic, expired) space them wider.
 */
const TONES = {
  valid: { box: "gap-3 border-green-700", title: "text-green-800" },
  expired: { box: "gap-3 border-amber-700", title: "text-amber-900" },
  revoked: { box: "gap-2 border-red-700", title: "text-red-800" },
  blocked: { box: "gap-2 border-amber-700", title: "" },
  unknown: { box: "gap-2 border-slate-300", title: "" },
} as const;

export function CheckResult({
  tone,
  title,
  children,
}: {
  tone: keyof typeof TONES;
  title: string;
  children: ReactNode;
}) {
  const { box, title: titleColor } = TONES[tone];
  return (
    <section
      aria-labelledby="resultat-title"
      className={`flex flex-col rounded-lg border bg-white p-4 ${box}`}
    >
      <h2 id="resultat-title" className={`text-lg font-semibold ${titleColor}`.trim()}>
        {title}
      </h2>
      {children}
    </section>
  );
}

/** No document carries the number: which kind was looked for, and how its numbers begin. */
export function UnknownNumber({ document, prefix }: { document: string; prefix: string }) {
  return (
    <CheckResult tone="unknown" title="Attestation introuvable">
      <p>Aucune {document} ne porte ce numéro.</p>
      <p className="text-sm text-ink-muted">
        Vérifiez le numéro imprimé sous le code QR de l&apos;attestation : « {prefix} » suivi de 12
        lettres et chiffres.
      </p>
    </CheckResult>
  );
}
