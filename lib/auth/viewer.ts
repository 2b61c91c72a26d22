import "server-only";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/lib/db";
import { isPermission } from "./permissions";
import { authOptions } from "./options";
import { spacesOf, type Space } from "./spaces";

export type Viewer = {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  participantId: string | null;
  companies: { companyId: string; companyName: string; permissions: string[] }[];
  organizations: { organizationId: string; organizationName: string; role: string }[];
  spaces: Space[];
};

/**
 * The signed-in user, loaded once per request with everything the shell and the
 * permission checks need (one query). A token whose session version is older
 * than the user's (password changed) or whose user was erased is not accepted.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = (await getServerSession(authOptions)) as { userId?: string; sessionVersion?: number } | null;
  if (!session?.userId) return null;
  const db = await getDb();
  const user = await db.user.findUnique({
    where: { id: session.userId },
    select: {
      id: true,
      sessionVersion: true,
      email: true,
      firstName: true,
      lastName: true,
      anonymizedAt: true,
      participant: { select: { id: true } },
      companyMemberships: {
        select: { companyId: true, company: { select: { name: true } }, grants: { select: { permission: true } } },
        orderBy: { company: { name: "asc" } },
      },
      organizationStaff: {
        select: { organizationId: true, role: true, organization: { select: { name: true } } },
        orderBy: { organization: { name: "asc" } },
      },
    },
  });
  if (!user || user.anonymizedAt || user.sessionVersion !== (session.sessionVersion ?? 0)) return null;
  const viewer = {
    id: user.id,
    email: user.email,
    firstName: user.firstName,
    lastName: user.lastName,
    participantId: user.participant?.id ?? null,
    companies: user.companyMemberships.map((m) => ({
      companyId: m.companyId,
      companyName: m.company.name,
      permissions: m.grants.map((g) => g.permission).filter(isPermission),
    })),
    organizations: user.organizationStaff.map((s) => ({
      organizationId: s.organizationId,
      organizationName: s.organization.name,
      role: s.role,
    })),
  };
  return { ...viewer, spaces: spacesOf(viewer) };
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

export type ParticipantViewer = Viewer & { participantId: string };

/** For participant pages: signed in and holding a participant account. */
export async function requireParticipant(): Promise<ParticipantViewer> {
  const viewer = await requireViewer();
  if (!viewer.participantId) redirect("/");
  return viewer as ParticipantViewer;
}
