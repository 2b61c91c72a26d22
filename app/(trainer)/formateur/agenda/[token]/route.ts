import { publicBaseUrl } from "@/lib/http/public-url";
import { notFoundResponse } from "@/lib/http/file-response";
import { trainerFeedCalendar } from "@/lib/trainers/calendar";

type Context = { params: Promise<{ token: string }> };

/**
 * The trainer's private calendar feed (webcal:// subscription). Calendar
 * applications sign in to nothing: the token is the key, and a wrong, rotated
 * or revoked token answers 404.
 */
export async function GET(request: Request, { params }: Context) {
  const { token } = await params;
  const ics = await trainerFeedCalendar(token, publicBaseUrl(request.url));
  if (ics === null) return notFoundResponse();
  return new Response(ics, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
