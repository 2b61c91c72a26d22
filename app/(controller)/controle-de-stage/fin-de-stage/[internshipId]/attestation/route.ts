import { getViewer } from "@/lib/auth/viewer";
import { documentFileName } from "@/lib/documents/file-name";
import { fileResponse, notFoundResponse } from "@/lib/http/file-response";
import { getAttestationFor } from "@/lib/internships/attestation";
import { renderAttestationPdf } from "@/lib/internships/attestation-pdf";

type Context = { params: Promise<{ internshipId: string }> };

/** A stage's attestation de fin de stage, for its contrôleurs; 404 to anyone else or when none. */
export async function GET(_request: Request, { params }: Context) {
  const viewer = await getViewer();
  if (!viewer) return notFoundResponse();
  const { internshipId } = await params;
  const attestation = await getAttestationFor(viewer, internshipId);
  if (!attestation) return notFoundResponse();
  const pdf = await renderAttestationPdf(attestation);
  return fileResponse(new Uint8Array(pdf), {
    fileName: documentFileName(["Attestation de fin de stage", attestation.stagiaireName], "pdf"),
    contentType: "application/pdf",
    size: pdf.length,
  });
}
