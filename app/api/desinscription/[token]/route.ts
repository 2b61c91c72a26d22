import { isSameOrigin } from "@/lib/http/same-origin";
import { unsubscribePagePath } from "@/lib/notifications/links";
import { UNSUBSCRIBE_REFUSALS, unsubscribe } from "@/lib/notifications/unsubscribe";

type Context = { params: Promise<{ token: string }> };

const text = (body: string, status: number) =>
  new Response(body, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });

/**
 * One-click unsubscribe (RFC 8058): the mail client posts
 * "List-Unsubscribe=One-Click" to the List-Unsubscribe URL, without cookies
 * and from another origin; the signed token is the only credential, and it
 * can only turn its own categories off (nothing an attacker would gain). The
 * same POST comes from our own page's button, which then shows the result.
 */
export async function POST(request: Request, { params }: Context) {
  const fromOurPage = isSameOrigin(request);
  const { token } = await params;
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return text("Demande de désinscription invalide.", 400);
  }
  if (form.get("List-Unsubscribe") !== "One-Click") {
    return text("Demande de désinscription invalide.", 400);
  }
  const outcome = await unsubscribe(token);
  if (fromOurPage) {
    return new Response(null, {
      status: 303,
      headers: { Location: unsubscribePagePath(token), "Cache-Control": "no-store" },
    });
  }
  return outcome.ok
    ? text(`Désinscription enregistrée : ${outcome.labels.join(", ")}.`, 200)
    : text(UNSUBSCRIBE_REFUSALS[outcome.reason], 400);
}

/** A client that opens the header's URL instead of posting it lands on the page that explains. */
export async function GET(_request: Request, { params }: Context) {
  const { token } = await params;
  return new Response(null, {
    status: 303,
    headers: { Location: unsubscribePagePath(token), "Cache-Control": "no-store" },
  });
}
