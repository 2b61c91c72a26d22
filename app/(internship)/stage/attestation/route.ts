import { getViewer } from "@/lib/auth/viewer";
import { documentFileName } from "@/lib/documents/file-name";
import { fileResponse, notFoundResponse } from "@/lib/http/file-response";
import { getMyAttestation } from "@/lib/internships/attestation";
import { renderAttestationPdf } from "@/lib/internships/attestation-pdf";

/** The stagiaire's attestation de fin de stage as a PDF; 404 when none was issued. */
export async function GET() {
  const viewer = await getViewer();
  if (!viewer) return notFoundResponse();
  const attestation = await getMyAttestation(viewer);
  if (!attestation) return notFoundResponse();
  const pdf = await renderAttestationPdf(attestation);
  return fileResponse(new Uint8Array(pdf), {
    fileName: documentFileName(["Attestation de fin de stage", attestation.stagiaireName], "pdf"),
    contentType: "application/pdf",
    size: pdf.length,
  });
}
