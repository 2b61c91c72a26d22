import { getViewer, type ParticipantViewer } from "@/lib/auth/viewer";
import { publicBaseUrl } from "@/lib/http/public-url";
import { parisDay } from "@/lib/dates/paris";
import { fileResponse, notFoundResponse } from "@/lib/http/file-response";
import { buildPersonalDataExport } from "@/lib/privacy/export";

/** "Télécharger mes données": the signed-in participant's own data only, never cached. */
export async function GET(request: Request) {
  const viewer = await getViewer();
  if (!viewer?.participantId) return notFoundResponse();
  const now = new Date();
  const body = await buildPersonalDataExport(
    viewer as ParticipantViewer,
    publicBaseUrl(request.url),
    now,
  );
  const day = parisDay(now).toISOString().slice(0, 10);
  return fileResponse(JSON.stringify(body, null, 2), {
    fileName: `mes-données-parcours-${day}.json`,
    contentType: "application/json; charset=utf-8",
  });
}
