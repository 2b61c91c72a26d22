/** The spaces of the product a user may enter, from their memberships. */
export type Space = "participant" | "company" | "organization" | "trainer";

export const SPACE_LABELS: Record<Space, string> = {
  participant: "Participant",
  company: "Entreprise",
  organization: "Organisme",
  trainer: "Espace formateur",
};

export const SPACE_HOME: Record<Space, string> = {
  participant: "/sessions",
  company: "/entreprise",
  organization: "/organisme",
  trainer: "/formateur",
};

export function spacesOf(viewer: {
  participantId: string | null;
  companies: readonly unknown[];
  organizations: readonly unknown[];
  trainerSessions?: number;
}): Space[] {
  const spaces: Space[] = [];
  if (viewer.participantId) spaces.push("participant");
  if (viewer.companies.length) spaces.push("company");
  if (viewer.organizations.length) spaces.push("organization");
  if (viewer.trainerSessions) spaces.push("trainer");
  return spaces;
}
