import "server-only";
import { getServerSession } from "next-auth";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { loadViewer, type ParticipantViewer, type Viewer } from "./load-viewer";
import { getAuthOptions } from "./options";

export type { ParticipantViewer, Viewer } from "./load-viewer";

/**
 * The signed-in user, once per request. A token whose session version is older
 * than the user's (password changed) or whose user was erased is not accepted.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  // Reading the cookies first marks every caller as per-request (never prerendered
  // at build time, when the production secret may be absent).
  await cookies();
  const session = (await getServerSession(getAuthOptions())) as {
    userId?: string;
    sessionVersion?: number;
  } | null;
  if (!session?.userId) return null;
  const viewer = await loadViewer({ id: session.userId });
  if (!viewer || viewer.sessionVersion !== (session.sessionVersion ?? 0)) return null;
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
