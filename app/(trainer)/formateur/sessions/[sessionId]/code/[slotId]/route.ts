import { getViewer } from "@/lib/auth/viewer";
import { publicBaseUrl } from "@/lib/http/public-url";
import { notFoundResponse } from "@/lib/http/file-response";
import { trainerSlotCode } from "@/lib/trainers/slot-code";

type Context = { params: Promise<{ sessionId: string; slotId: string }> };

/** The slot's self-sign code and QR, refreshed by the trainer's screen; 404 to anyone else. */
export async function GET(request: Request, { params }: Context) {
  const viewer = await getViewer();
  if (!viewer) return notFoundResponse();
  const code = await trainerSlotCode(viewer, await params, publicBaseUrl(request.url));
  if (!code) return notFoundResponse();
  return Response.json(code, { headers: { "Cache-Control": "private, no-store" } });
}
