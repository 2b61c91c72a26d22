import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { getAuthSecret } from "@/lib/auth/secret";

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
  "/api/auth",
  "/api/health",
];

function isPublic(pathname: string): boolean {
  return PUBLIC_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-parcours-path", `${pathname}${search}`);
  if (!isPublic(pathname)) {
    const token = await getToken({ req: request, secret: getAuthSecret() });
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
