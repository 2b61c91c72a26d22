import "server-only";
import { getViewer, type Viewer } from "@/lib/auth/viewer";
import { documentFileName } from "@/lib/documents/file-name";
import { fileResponse, notFoundResponse } from "@/lib/http/file-response";
import { storedFileResponse } from "@/lib/storage/file-download";
import { renderInternshipDocumentPdf } from "./document-pdf";
import { getVersionFile } from "./documents";

/**
 * The route handlers a stagiaire's document answers with, on each side of it (the stagiaire's
 * /stage, his maître de stage's /maitre-de-stage): one handler, the side says whose page it
 * reads. Anyone who may not read the document gets 404.
 */
type VersionContext = { params: Promise<{ documentId: string; versionId: string }> };
type DocumentContext = { params: Promise<{ documentId: string }> };
type DocumentPdfPage = Parameters<typeof renderInternshipDocumentPdf>[0];

/**
 * A transmitted file, always as an attachment with its sniffed type (never served inline,
 * so an uploaded file can never run as a page).
 */
export function versionFileRoute(audience: "stagiaire" | "supervisor") {
  return async function GET(_request: Request, { params }: VersionContext) {
    const viewer = await getViewer();
    if (!viewer) return notFoundResponse();
    const { documentId, versionId } = await params;
    const file = await getVersionFile(viewer, audience, documentId, versionId);
    return storedFileResponse(file, "attachment");
  };
}

/** The document and its visa trail, as a PDF; `load` reads it as that side sees it. */
export function documentPdfRoute(
  load: (viewer: Viewer, documentId: string) => Promise<DocumentPdfPage | null>,
) {
  return async function GET(_request: Request, { params }: DocumentContext) {
    const viewer = await getViewer();
    if (!viewer) return notFoundResponse();
    const { documentId } = await params;
    const page = await load(viewer, documentId);
    if (!page) return notFoundResponse();
    const pdf = await renderInternshipDocumentPdf(page);
    return fileResponse(new Uint8Array(pdf), {
      fileName: documentFileName([page.label, page.dossier.stagiaireName], "pdf"),
      contentType: "application/pdf",
      size: pdf.length,
    });
  };
}
