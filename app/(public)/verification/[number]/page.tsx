import type { Metadata } from "next";
import { headers } from "next/headers";
import { CertificateCheckView, TooManyChecks } from "@/components/documents/certificate-check-view";
import { AttestationCheckView } from "@/components/internships/attestation-check-view";
import { checkCertificate } from "@/lib/certificates/verification";
import { verificationLookupAllowed } from "@/lib/certificates/verification-limit";
import { checkInternshipAttestation, isAttestationNumber } from "@/lib/internships/attestation";
import { PageHeader } from "@/components/ui/page-header";

type Props = { params: Promise<{ number: string }> };

const titleOf = (number: string) =>
  isAttestationNumber(number)
    ? "Vérification d'une attestation de fin de stage"
    : "Vérification d'une attestation de formation";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return {
    title: titleOf((await params).number),
    // Personal data behind a number: no search engine lists these pages.
    robots: { index: false, follow: false },
  };
}

/**
 * The public check that an attestation's QR code opens (a training
 * certificate "ATT-…" or an attestation de fin de stage "AFS-…"); no
 * sign-in, rate-limited per address.
 */
export default async function CertificateCheckPage({ params }: Props) {
  const { number } = await params;
  const allowed = await verificationLookupAllowed(await headers());
  const internship = isAttestationNumber(number);
  return (
    <article className="flex flex-col gap-4">
      <PageHeader title={titleOf(number)} />
      {!allowed.allowed ? (
        <TooManyChecks retryAfterSeconds={allowed.retryAfterSeconds} />
      ) : internship ? (
        <AttestationCheckView check={await checkInternshipAttestation(number)} />
      ) : (
        <CertificateCheckView check={await checkCertificate(number)} />
      )}
    </article>
  );
}
