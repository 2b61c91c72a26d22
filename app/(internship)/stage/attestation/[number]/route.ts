import { getViewer } from "@/lib/auth/viewer";
import { documentFileName } from "@/lib/documents/file-name";
import { fileResponse, notFoundResponse } from "@/lib/http/file-response";
import { getMyAttestation } from "@/lib/internships/attestation";
import { renderAttestationPdf } from "@/lib/internships/attestation-pdf";

type Context = { params: Promise<{ number: string }> };

/** The stagiaire's attestation de fin de stage as a PDF; 404 when it is not theirs or none. */
export async function GET(_request: Request, { params }: Context) {
  const viewer = await getViewer();
  if (!viewer) return notFoundResponse();
  const { number } = await params;
  const attestation = await getMyAttestation(viewer);
  if (!attestation || attestation.number !== number) return notFoundResponse();
  const pdf = await renderAttestationPdf(attestation);
  return fileResponse(new Uint8Array(pdf), {
    fileName: documentFileName(["Attestation de fin de stage", attestation.stagiaireName], "pdf"),
    contentType: "application/pdf",
    size: pdf.length,
  });
}
