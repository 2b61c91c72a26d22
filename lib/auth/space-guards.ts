import "server-only";
import { notFound } from "next/navigation";
import { requireViewer, type Viewer } from "./viewer";

/** Company pages: signed in and member of at least one company (else 404). */
export async function requireCompanyMember(): Promise<Viewer> {
  const viewer = await requireViewer();
  if (viewer.companies.length === 0) notFound();
  return viewer;
}

/** Organization pages: signed in and staff of at least one organization (else 404). */
export async function requireOrganizationStaff(): Promise<Viewer> {
  const viewer = await requireViewer();
  if (viewer.organizations.length === 0) notFound();
  return viewer;
}

/** Trainer pages: signed in and assigned to at least one session (else 404). */
export async function requireTrainer(): Promise<Viewer> {
  const viewer = await requireViewer();
  if (viewer.trainerSessions === 0) notFound();
  return viewer;
}

/** Espace stagiaire: signed in, holding a stage d'expertise comptable (else 404). */
export async function requireStagiaire(): Promise<
  Viewer & { participantId: string; internshipId: string }
> {
  const viewer = await requireViewer();
  if (!viewer.participantId || !viewer.internshipId) notFound();
  return viewer as Viewer & { participantId: string; internshipId: string };
}

/** Espace maître de stage: signed in and maître (or co-maître) of at least one stage (else 404). */
export async function requireSupervisor(): Promise<Viewer> {
  const viewer = await requireViewer();
  if (!viewer.supervisesInternships) notFound();
  return viewer;
}

/** Espace contrôleur de stage: signed in and contrôleur of at least one stage (else 404). */
export async function requireController(): Promise<Viewer> {
  const viewer = await requireViewer();
  if (!viewer.controlsInternships) notFound();
  return viewer;
}
