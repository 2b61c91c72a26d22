import "server-only";
import { getViewer, type Viewer } from "@/lib/auth/viewer";
import type { Prisma } from "@/lib/db/generated/client";
import { documentFileName } from "@/lib/documents/file-name";
import { notFoundResponse, pdfResponse } from "@/lib/http/file-response";
import { getSheetDocument } from "./sheet-document";
import { sheetPdf } from "./sheet-pdf";

type Context = { params: Promise<{ sessionId: string }> };

/**
 * The session's feuille d'émargement (PDF) for whoever the scope lets read the session
 * (its trainer, its organization's staff); 404 to anyone else.
 */
export function sheetPdfRoute(
  scope: (viewer: Viewer, sessionId: string) => Prisma.TrainingSessionWhereInput | null,
) {
  return async function GET(_request: Request, { params }: Context) {
    const viewer = await getViewer();
    if (!viewer) return notFoundResponse();
    const { sessionId } = await params;
    const sessions = scope(viewer, sessionId);
    const data = sessions ? await getSheetDocument(sessions, sessionId) : null;
    if (!data) return notFoundResponse();
    const pdf = await sheetPdf(data);
    return pdfResponse(
      pdf,
      documentFileName(["Feuille d'émargement", data.reference, data.title], "pdf"),
    );
  };
}
