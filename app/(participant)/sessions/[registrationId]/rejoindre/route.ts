import { getViewer, type ParticipantViewer } from "@/lib/auth/viewer";
import { formatDateTime } from "@/lib/dates/paris";
import { notFoundResponse } from "@/lib/http/file-response";
import { isSameOrigin } from "@/lib/http/same-origin";
import { joinVirtualClass } from "@/lib/sessions/virtual-class-join";

type Context = { params: Promise<{ registrationId: string }> };

/** "Accéder à la session": logs the connection, then sends the participant to the class. */
export async function POST(request: Request, { params }: Context) {
  if (!isSameOrigin(request)) return new Response("Origine refusée", { status: 403 });
  const viewer = await getViewer();
  if (!viewer?.participantId) return notFoundResponse();
  const { registrationId } = await params;
  const result = await joinVirtualClass(viewer as ParticipantViewer, registrationId);
  if (!result) return notFoundResponse();
  if ("opensAt" in result) {
    return new Response(`La session ouvre le ${formatDateTime(result.opensAt)}.`, {
      status: 409,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  return new Response(null, {
    status: 303,
    headers: { Location: result.joinUrl, "Cache-Control": "no-store" },
  });
}
