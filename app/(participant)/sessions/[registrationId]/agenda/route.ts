import { getViewer } from "@/lib/auth/viewer";
import { getSessionCalendar } from "@/lib/documents/calendar";
import { documentFileName } from "@/lib/documents/file-name";
import { buildCalendar } from "@/lib/documents/ics";
import { publicBaseUrl } from "@/lib/http/public-url";
import { fileResponse, notFoundResponse } from "@/lib/http/file-response";

type Context = { params: Promise<{ registrationId: string }> };

/** "Ajouter à mon agenda": the session's slots as an .ics file; 404 once it ended or to anyone else. */
export async function GET(request: Request, { params }: Context) {
  const viewer = await getViewer();
  if (!viewer) return notFoundResponse();
  const { registrationId } = await params;
  const calendar = await getSessionCalendar(viewer, registrationId, {
    baseUrl: publicBaseUrl(request.url),
  });
  if (!calendar) return notFoundResponse();
  const body = new TextEncoder().encode(
    buildCalendar(calendar.events, { now: new Date(), name: calendar.title }),
  );
  return fileResponse(body, {
    fileName: documentFileName([calendar.title, calendar.reference], "ics"),
    contentType: "text/calendar; charset=utf-8",
    size: body.length,
  });
}
