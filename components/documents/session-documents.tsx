import type { CertificateAvailability } from "@/lib/certificates/rule";

const linkClass = "font-medium text-brand-800 underline";

/**
 * "Documents" of the Ressources panel: the convocation, and the certificate
 * once the session's rule holds — until then, why not yet, instead of a link
 * that would answer 404.
 */
export function SessionDocuments({
  registrationId,
  documents,
}: {
  registrationId: string;
  documents: { convocation: boolean; certificate: CertificateAvailability };
}) {
  const { certificate } = documents;
  return (
    <section
      aria-labelledby="documents-title"
      className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4"
    >
      <h3 id="documents-title" className="font-semibold">
        Documents
      </h3>
      <ul className="flex flex-col gap-2 text-sm">
        {documents.convocation ? (
          <li>
            <a href={`/sessions/${registrationId}/convocation`} className={linkClass} download>
              Ma convocation
            </a>{" "}
            <span className="text-ink-muted">(PDF)</span>
          </li>
        ) : null}
        <li>
          {certificate.available ? (
            <>
              <a href={`/sessions/${registrationId}/attestation`} className={linkClass} download>
                Mon attestation de formation
              </a>{" "}
              <span className="text-ink-muted">(PDF)</span>
            </>
          ) : (
            <>
              <span className="font-medium">Mon attestation de formation</span>
              <span className="block text-ink-muted">{certificate.reason}</span>
            </>
          )}
        </li>
      </ul>
    </section>
  );
}
