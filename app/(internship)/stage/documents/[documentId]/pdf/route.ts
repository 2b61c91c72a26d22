import { getViewer } from "@/lib/auth/viewer";
import { documentFileName } from "@/lib/documents/file-name";
import { fileResponse, notFoundResponse } from "@/lib/http/file-response";
import { renderInternshipDocumentPdf } from "@/lib/internships/document-pdf";
import { getMyDocumentPageById } from "@/lib/internships/documents";

type Context = { params: Promise<{ documentId: string }> };

/** One of the stagiaire's documents and its visa trail, as a PDF; 404 to anyone else. */
export async function GET(_request: Request, { params }: Context) {
  const viewer = await getViewer();
  if (!viewer) return notFoundResponse();
  const { documentId } = await params;
  const page = await getMyDocumentPageById(viewer, documentId);
  if (!page) return notFoundResponse();
  const pdf = await renderInternshipDocumentPdf(page);
  return fileResponse(new Uint8Array(pdf), {
    fileName: documentFileName([page.label, page.dossier.stagiaireName], "pdf"),
    contentType: "application/pdf",
    size: pdf.length,
  });
}
