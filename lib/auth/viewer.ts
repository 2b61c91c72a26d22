import "server-only";
import { getToken } from "next-auth/jwt";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { loadViewer, type ParticipantViewer, type Viewer } from "./load-viewer";
import { sessionCookieName, usesSecureCookies } from "./cookies";
import { getAuthSecret } from "./secret";

export type { ParticipantViewer, Viewer } from "./load-viewer";

/**
 * The signed-in user, once per request. A token whose session version is older
 * than the user's (password changed) or whose user was erased is not accepted.
 *
 * The session cookie is decrypted and checked (signature, expiry) by next-auth's
 * own decoder, as getServerSession did, without its session round: in a page or
 * an action, getServerSession also re-encrypted a refreshed token (a second key
 * derivation and an encryption per request) into a cookie it cannot set there.
 * Only the cookie counts: no Authorization header, as before.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  // Reading the cookies first marks every caller as per-request (never prerendered
  // at build time, when the production secret may be absent).
  const jar = await cookies();
  const secureCookie = usesSecureCookies();
  const token = (await getToken({
    req: { cookies: Object.fromEntries(jar.getAll().map((c) => [c.name, c.value])), headers: {} },
    secret: getAuthSecret(),
    secureCookie,
    cookieName: sessionCookieName(secureCookie),
  } as unknown as Parameters<typeof getToken>[0])) as { sub?: string; sv?: number } | null;
  if (!token?.sub) return null;
  const viewer = await loadViewer({ id: token.sub });
  if (!viewer || viewer.sessionVersion !== (token.sv ?? 0)) return null;
  return viewer;
});

/** Where to come back after sign-in: the path the proxy saw. */
async function signInUrl(): Promise<string> {
  const requested = (await headers()).get("x-parcours-path");
  return requested ? `/connexion?callbackUrl=${encodeURIComponent(requested)}` : "/connexion";
}

export async function requireViewer(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect(await signInUrl());
  return viewer;
}

/** For participant pages: signed in and holding a participant account. */
export async function requireParticipant(): Promise<ParticipantViewer> {
  const viewer = await requireViewer();
  if (!viewer.participantId) redirect("/");
  return viewer as ParticipantViewer;
}
