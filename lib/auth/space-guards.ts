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
