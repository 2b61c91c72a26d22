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

/**
 * The cookie that remembers the last space used (a space name, nothing personal),
 * written by the page in the browser (components/layout/remember-space). Not the
 * "parcours-espace" of before, which the proxy set httpOnly: a page cannot
 * overwrite an httpOnly cookie.
 */
export const LAST_SPACE_COOKIE = "parcours-dernier-espace";

/** Where "/" and a fresh sign-in land: the last space used if the account still holds it. */
export function landingSpace(spaces: readonly Space[], last: string | undefined): Space | null {
  return spaces.find((space) => space === last) ?? spaces[0] ?? null;
}
