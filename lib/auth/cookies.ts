import type { CookiesOptions } from "next-auth";

/**
 * Session cookies are Secure (and carry the __Secure-/__Host- prefixes) in
 * production and whenever the public URL is https. The one exception is a
 * production build served over plain http on this machine (`npm run demo`, the
 * end-to-end tests), where browsers would drop Secure cookies sent over http.
 * No "server-only": proxy.ts reads the cookie's name too.
 */
export function usesSecureCookies(env: NodeJS.ProcessEnv = process.env): boolean {
  const url = env.NEXTAUTH_URL?.trim();
  if (url?.startsWith("https://")) return true;
  if (env.NODE_ENV !== "production") return false;
  return !(url && isLoopbackHttp(url));
}

function isLoopbackHttp(url: string): boolean {
  try {
    const { protocol, hostname } = new URL(url);
    return (
      protocol === "http:" && ["localhost", "127.0.0.1", "[::1]"].includes(hostname.toLowerCase())
    );
  } catch {
    return false;
  }
}

export function sessionCookieName(secure: boolean): string {
  return `${secure ? "__Secure-" : ""}next-auth.session-token`;
}

/*
 * Every cookie next-auth sets for a credentials sign-in, written out rather
 * than left to its defaults: HttpOnly (no script reads them), SameSite=Lax
 * (not sent with another site's POST), Path=/, Secure as above.
 */
export function authCookies(secure: boolean): Partial<CookiesOptions> {
  const options = { httpOnly: true, sameSite: "lax", path: "/", secure } as const;
  return {
    sessionToken: { name: sessionCookieName(secure), options },
    callbackUrl: { name: `${secure ? "__Secure-" : ""}next-auth.callback-url`, options },
    csrfToken: { name: `${secure ? "__Host-" : ""}next-auth.csrf-token`, options },
  };
}
