import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { sessionCookieName, usesSecureCookies } from "@/lib/auth/cookies";
import { getAuthSecret } from "@/lib/auth/secret";
import { contentSecurityPolicy, newNonce, withSecurityHeaders } from "@/lib/http/security-headers";
import { serviceUnavailableResponse } from "@/lib/http/service-unavailable";

/**
 * Sends anonymous visitors of private pages to /connexion with the page they
 * asked for, and tells pages which path was requested. It only reads the
 * signed cookie: every page and handler still checks the user in the database
 * (lib/auth/viewer), so this is convenience, not the security boundary.
 */
const PUBLIC_PREFIXES = [
  "/connexion",
  "/invitation",
  "/mot-de-passe-oublie",
  "/reinitialisation",
  "/confidentialite",
  "/mentions-legales",
  "/verification",
  // The trainer's calendar feed: its token is the key (calendar applications have no cookie).
  "/formateur/agenda",
  "/desinscription",
  "/api/desinscription",
  "/api/auth",
  "/api/health",
  // The scheduler's calls carry their own secret, checked by the handlers (lib/jobs/cron-auth).
  "/api/cron",
];

function isPublic(pathname: string): boolean {
  return PUBLIC_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

/**
 * Every answer carries the security headers (lib/http/security-headers); pages
 * get a fresh CSP nonce, which Next reads from the request's CSP header.
 */
export async function proxy(request: NextRequest) {
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce);
  return withSecurityHeaders(await respond(request, nonce, csp), csp);
}

async function respond(request: NextRequest, nonce: string, csp: string): Promise<Response> {
  const { pathname, search } = request.nextUrl;
  // While the database is down: a French 503 instead of a failing page.
  const unavailable = await serviceUnavailableResponse(pathname);
  if (unavailable) return unavailable;
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-parcours-path", `${pathname}${search}`);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  if (!isPublic(pathname)) {
    const secureCookie = usesSecureCookies();
    const token = await getToken({
      req: request,
      secret: getAuthSecret(),
      secureCookie,
      cookieName: sessionCookieName(secureCookie),
    });
    if (!token) {
      if (pathname.startsWith("/api/")) {
        return NextResponse.json({ error: "Authentification requise." }, { status: 401 });
      }
      const url = request.nextUrl.clone();
      url.pathname = "/connexion";
      url.search =
        pathname === "/" ? "" : `?callbackUrl=${encodeURIComponent(`${pathname}${search}`)}`;
      return NextResponse.redirect(url);
    }
  }
  return NextResponse.next({ request: { headers: requestHeaders } });
}

export const config = {
  // Everything but Next's assets and public files.
  matcher: [
    "/((?!_next/static|_next/image|favicon.ico|robots.txt|.*\\.(?:png|svg|ico|webmanifest)$).*)",
  ],
};
