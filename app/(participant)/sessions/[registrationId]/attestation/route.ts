import { getViewer } from "@/lib/auth/viewer";
import { getCertificate } from "@/lib/certificates/certificate";
import { renderCertificatePdf } from "@/lib/certificates/pdf";
import { documentFileName } from "@/lib/documents/file-name";
import { publicBaseUrl } from "@/lib/http/public-url";
import { fileResponse, notFoundResponse } from "@/lib/http/file-response";

type Context = { params: Promise<{ registrationId: string }> };

/**
 * "Mon attestation de formation" (PDF), numbered on the first download. 404
 * before the session's rule holds (the details page says why), after a
 * revocation, and to anyone who may not see the registration.
 */
export async function GET(request: Request, { params }: Context) {
  const viewer = await getViewer();
  if (!viewer) return notFoundResponse();
  const { registrationId } = await params;
  const certificate = await getCertificate(viewer, registrationId, {
    baseUrl: publicBaseUrl(request.url),
  });
  if (!certificate) return notFoundResponse();
  const pdf = await renderCertificatePdf(certificate);
  return fileResponse(new Uint8Array(pdf), {
    fileName: documentFileName(
      ["Attestation de formation", certificate.reference, certificate.course.title],
      "pdf",
    ),
    contentType: "application/pdf",
    size: pdf.length,
  });
}
