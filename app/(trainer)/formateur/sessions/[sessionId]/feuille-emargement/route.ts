import { getSheetDocument } from "@/lib/attendance/sheet-document";
import { sheetPdf } from "@/lib/attendance/sheet-pdf";
import { getViewer } from "@/lib/auth/viewer";
import { documentFileName } from "@/lib/documents/file-name";
import { fileResponse, notFoundResponse } from "@/lib/http/file-response";
import { trainerSessionWhere } from "@/lib/trainers/scope";

type Context = { params: Promise<{ sessionId: string }> };

/** The session's feuille d'émargement (PDF) for its trainer; 404 to anyone else. */
export async function GET(_request: Request, { params }: Context) {
  const viewer = await getViewer();
  if (!viewer) return notFoundResponse();
  const { sessionId } = await params;
  const sessions = trainerSessionWhere(viewer, sessionId);
  const data = sessions ? await getSheetDocument(sessions, sessionId) : null;
  if (!data) return notFoundResponse();
  const pdf = await sheetPdf(data);
  return fileResponse(new Uint8Array(pdf), {
    fileName: documentFileName(["Feuille d'émargement", data.reference, data.title], "pdf"),
    contentType: "application/pdf",
    size: pdf.length,
  });
}
