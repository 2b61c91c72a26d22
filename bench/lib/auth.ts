import { encode } from "next-auth/jwt";

/**
 * Session cookies for the load runs. The big participant signs in through the
 * real credentials flow (CSRF token, password check), as a browser would. The
 * 2,000 submitters get their session token minted here with the server's
 * secret, in the very format next-auth issues ({ sub, sv }, see
 * lib/auth/options): 2,000 real sign-ins would spend minutes in scrypt and
 * trip the sign-in rate limit, and measure neither page.
 */
const COOKIE = "next-auth.session-token";

function cookieValue(setCookies: string[], name: string): string | null {
  for (const line of setCookies) {
    const [pair] = line.split(";");
    const eq = pair!.indexOf("=");
    if (pair!.slice(0, eq) === name) return pair!.slice(eq + 1);
  }
  return null;
}

export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "Content-Type": "application/x-www-form-urlencoded",
      Cookie: csrfCookie,
      // The sign-in handler refuses cross-site posts (lib/http/same-origin).
      Origin: baseUrl,
    },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const token = cookieValue(response.headers.getSetCookie(), COOKIE);
  if (!token) throw new Error(`Connexion refusée pour ${email} (HTTP ${response.status}).`);
  return `${COOKIE}=${token}`;
}

export async function mintSessionCookie(secret: string, userId: string): Promise<string> {
  const token = await encode({ token: { sub: userId, sv: 0 }, secret, maxAge: 8 * 60 * 60 });
  return `${COOKIE}=${token}`;
}
