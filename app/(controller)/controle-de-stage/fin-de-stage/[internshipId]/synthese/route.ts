import { getViewer } from "@/lib/auth/viewer";
import { documentFileName } from "@/lib/documents/file-name";
import { fileResponse, notFoundResponse } from "@/lib/http/file-response";
import { getEndOfStage } from "@/lib/internships/decision";
import { renderSynthesisPdf } from "@/lib/internships/synthesis-pdf";

type Context = { params: Promise<{ internshipId: string }> };

/** The fiche générale de synthèse as a PDF, for the stage's contrôleurs; 404 to anyone else. */
export async function GET(_request: Request, { params }: Context) {
  const viewer = await getViewer();
  if (!viewer) return notFoundResponse();
  const { internshipId } = await params;
  const end = await getEndOfStage(viewer, internshipId);
  if (!end) return notFoundResponse();
  const pdf = await renderSynthesisPdf(end);
  return fileResponse(new Uint8Array(pdf), {
    fileName: documentFileName(["Fiche de synthèse", end.dossier.stagiaireName], "pdf"),
    contentType: "application/pdf",
    size: pdf.length,
  });
}
