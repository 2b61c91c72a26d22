import { getViewer } from "@/lib/auth/viewer";
import { documentFileName } from "@/lib/documents/file-name";
import { fileResponse, notFoundResponse } from "@/lib/http/file-response";
import { getSessionResults, resultsCsv } from "@/lib/organizations/results";

type Context = { params: Promise<{ sessionId: string }> };

/** Questionnaire answers of the session as CSV (French spreadsheets); 404 when not the viewer's. */
export async function GET(_request: Request, { params }: Context) {
  const viewer = await getViewer();
  if (!viewer) return notFoundResponse();
  const { sessionId } = await params;
  const results = await getSessionResults(viewer, sessionId);
  if (!results) return notFoundResponse();
  const body = new TextEncoder().encode(resultsCsv(results));
  return fileResponse(body, {
    fileName: documentFileName(["Résultats", results.reference, results.title], "csv"),
    contentType: "text/csv; charset=utf-8",
    size: body.length,
  });
}
