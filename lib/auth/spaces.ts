/** The spaces of the product a user may enter, from their memberships. */
export type Space =
  | "participant"
  | "internship"
  | "company"
  | "supervisor"
  | "controller"
  | "organization"
  | "trainer";

export const SPACE_LABELS: Record<Space, string> = {
  participant: "Participant",
  company: "Entreprise",
  organization: "Organisme",
  trainer: "Espace formateur",
  internship: "Espace stagiaire",
  supervisor: "Espace maître de stage",
  controller: "Espace contrôleur de stage",
};

export const SPACE_HOME: Record<Space, string> = {
  participant: "/sessions",
  company: "/entreprise",
  organization: "/organisme",
  trainer: "/formateur",
  internship: "/stage",
  supervisor: "/maitre-de-stage",
  controller: "/controle-de-stage",
};

export function spacesOf(viewer: {
  participantId: string | null;
  companies: readonly unknown[];
  organizations: readonly unknown[];
  trainerSessions?: number;
  internshipId?: string | null;
  supervisesInternships?: boolean;
  controlsInternships?: boolean;
}): Space[] {
  const spaces: Space[] = [];
  if (viewer.participantId) spaces.push("participant");
  if (viewer.internshipId) spaces.push("internship");
  if (viewer.companies.length) spaces.push("company");
  if (viewer.supervisesInternships) spaces.push("supervisor");
  if (viewer.controlsInternships) spaces.push("controller");
  if (viewer.organizations.length) spaces.push("organization");
  if (viewer.trainerSessions) spaces.push("trainer");
  return spaces;
}
