import { databaseAvailable } from "@/lib/db/availability";
import { SITE } from "@/lib/site";

/*
 * What proxy.ts answers while the database is down: a 503 that says so in
 * French, tells clients and proxies when to come back (Retry-After) and is
 * never cached, instead of letting every page fail on its first query. The
 * page reloads itself, so a visitor lands back in the app once the database
 * answers. No "server-only": the proxy is bundled apart from the pages.
 */

export const RETRY_AFTER_SECONDS = 10;

/** The health check answers for itself (JSON, 503 or 200): it is the way back. */
const ALWAYS_THROUGH = ["/api/health"];

const HTML = `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="${RETRY_AFTER_SECONDS}">
<title>Service momentanément indisponible · ${SITE.name}</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;line-height:1.5;color:#1f2937}h1{font-size:1.5rem}</style>
</head>
<body>
<main>
<h1>Service momentanément indisponible</h1>
<p>${SITE.name} ne parvient pas à joindre sa base de données. Vos données ne sont pas perdues.</p>
<p>Cette page se rechargera d'elle-même dans quelques secondes. Si le problème persiste, contactez l'assistance au ${SITE.supportPhone} ou à ${SITE.supportEmail}.</p>
</main>
</body>
</html>
`;

const HEADERS = {
  "Retry-After": String(RETRY_AFTER_SECONDS),
  "Cache-Control": "no-store",
  // Its own policy, which the proxy keeps: an inline style, no script, no nonce.
  "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'",
};

/** The 503 to answer instead of the request, or null when the request may go on. */
export async function serviceUnavailableResponse(pathname: string): Promise<Response | null> {
  if (ALWAYS_THROUGH.includes(pathname)) return null;
  if (await databaseAvailable()) return null;
  if (pathname.startsWith("/api/")) {
    return Response.json(
      { error: "Service momentanément indisponible : réessayez dans quelques instants." },
      { status: 503, headers: HEADERS },
    );
  }
  return new Response(HTML, {
    status: 503,
    headers: { ...HEADERS, "Content-Type": "text/html; charset=utf-8" },
  });
}
