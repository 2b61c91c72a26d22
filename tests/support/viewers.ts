import { loadViewer, type ParticipantViewer, type Viewer } from "../../lib/auth/load-viewer";

/** The viewer a signed-in user would be, loaded as the app loads it. */
export async function viewerFor(email: string): Promise<Viewer> {
  const viewer = await loadViewer({ email });
  if (!viewer) throw new Error(`Aucun utilisateur ${email}`);
  return viewer;
}

export async function participantViewerFor(email: string): Promise<ParticipantViewer> {
  const viewer = await viewerFor(email);
  if (!viewer.participantId) throw new Error(`${email} n'est pas participant`);
  return viewer as ParticipantViewer;
}
