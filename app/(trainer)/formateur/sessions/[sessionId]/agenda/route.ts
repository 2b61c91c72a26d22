import { getViewer } from "@/lib/auth/viewer";
import { documentFileName } from "@/lib/documents/file-name";
import { publicBaseUrl } from "@/lib/http/public-url";
import { fileResponse, notFoundResponse } from "@/lib/http/file-response";
import { trainerSessionCalendar } from "@/lib/trainers/calendar";

type Context = { params: Promise<{ sessionId: string }> };

/** One of the trainer's sessions as an .ics file; 404 to anyone else. */
export async function GET(request: Request, { params }: Context) {
  const viewer = await getViewer();
  if (!viewer) return notFoundResponse();
  const { sessionId } = await params;
  const calendar = await trainerSessionCalendar(viewer, sessionId, publicBaseUrl(request.url));
  if (!calendar) return notFoundResponse();
  const body = new TextEncoder().encode(calendar.ics);
  return fileResponse(body, {
    fileName: documentFileName([calendar.title, calendar.reference], "ics"),
    contentType: "text/calendar; charset=utf-8",
    size: body.length,
  });
}
