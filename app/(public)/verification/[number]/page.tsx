import type { Metadata } from "next";
import { headers } from "next/headers";
import { CertificateCheckView, TooManyChecks } from "@/components/documents/certificate-check-view";
import { checkCertificate } from "@/lib/certificates/verification";
import { verificationLookupAllowed } from "@/lib/certificates/verification-limit";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = {
  title: "Vérification d'une attestation de formation",
  // Personal data behind a number: no search engine lists these pages.
  robots: { index: false, follow: false },
};

type Props = { params: Promise<{ number: string }> };

/** The public check that the certificate's QR code opens; no sign-in, rate-limited per address. */
export default async function CertificateCheckPage({ params }: Props) {
  const { number } = await params;
  const allowed = await verificationLookupAllowed(await headers());
  return (
    <article className="flex flex-col gap-4">
      <PageHeader title="Vérification d'une attestation de formation" />
      {allowed.allowed ? (
        <CertificateCheckView check={await checkCertificate(number)} />
      ) : (
        <TooManyChecks retryAfterSeconds={allowed.retryAfterSeconds} />
      )}
    </article>
  );
}
