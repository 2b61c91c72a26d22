import { PERMISSIONS, type Permission } from "../../../lib/auth/permissions";

/**
 * The people the authorization matrix signs in as, described by what they
 * hold (the matrix checks the loaded viewer against this description first).
 * "A", "X" and "Y" are the owners of the resources the table's rows point at:
 * participant A (Claire Martin), company X (Cabinet Delorme & Associés, her
 * firm) and organization Y (CRFC Centre-Est).
 */
export type Role = {
  key: string;
  /** Who signs in: a demo e-mail, or a user the fixtures find in the seeded data. */
  user:
    | null
    | { email: string }
    | "manager of another company"
    | "staff of another organization"
    | "maître of another stagiaire"
    | "user without a space";
  participant: "A" | "other" | null;
  /** Member of company X with these permissions, or of another company only. */
  company: { of: "X"; permissions: readonly Permission[] } | { of: "other" } | null;
  organization: "Y" | "other" | null;
  /** Trainer of session M (Marc Lefèvre's FORMATION SAFIR 3), or of other sessions only. */
  trainer?: "M" | "other";
  /** Stagiaire: L is Lucas Moreau, whose stage the internship rows point at. */
  internship?: "L" | null;
  /** Maître de stage of L's stage, or of another stagiaire's only. */
  supervises?: "L" | "other" | null;
  /** Contrôleur de stage (adjoint) of L's stage, or of another stagiaire's only. */
  controls?: "L" | "other" | null;
  /** Contrôleur principal of the council of L's stage. */
  principal?: "L's council";
  /** For "manager without p": the grant removed from the manager for this role's cells. */
  revoked?: Permission;
};

const ALL = Object.keys(PERMISSIONS) as Permission[];
const MANAGER = { email: "manager@demo.test" };

export const ROLES: readonly Role[] = [
  { key: "anonymous", user: null, participant: null, company: null, organization: null },
  {
    // Signed in, but neither participant, company member nor staff (yet).
    key: "user without a space",
    user: "user without a space",
    participant: null,
    company: null,
    organization: null,
  },
  {
    key: "participant A",
    user: { email: "participant@demo.test" },
    participant: "A",
    company: null,
    organization: null,
  },
  {
    key: "participant B (same firm)",
    user: { email: "participant2@demo.test" },
    participant: "other",
    company: null,
    organization: null,
  },
  {
    key: "private participant",
    user: { email: "particulier@demo.test" },
    participant: "other",
    company: null,
    organization: null,
  },
  {
    key: "manager",
    user: MANAGER,
    participant: null,
    company: { of: "X", permissions: ALL },
    organization: null,
    // Julien Delorme is also Lucas Moreau's maître de stage (two spaces).
    supervises: "L",
  },
  ...ALL.map((p): Role => ({
    key: `manager without ${p}`,
    user: MANAGER,
    participant: null,
    company: { of: "X", permissions: ALL.filter((q) => q !== p) },
    organization: null,
    supervises: "L",
    revoked: p,
  })),
  {
    key: "manager of another company",
    user: "manager of another company",
    participant: null,
    company: { of: "other" },
    organization: null,
  },
  {
    key: "staff of Y",
    user: { email: "organisme@demo.test" },
    participant: null,
    company: null,
    organization: "Y",
  },
  {
    key: "stagiaire L",
    user: { email: "stagiaire@demo.test" },
    participant: "other",
    company: null,
    organization: null,
    internship: "L",
  },
  {
    key: "contrôleur of L",
    user: { email: "controleur@demo.test" },
    participant: null,
    company: null,
    organization: null,
    controls: "L",
  },
  {
    key: "contrôleur of another stagiaire",
    user: { email: "controleur2@demo.test" },
    participant: null,
    company: null,
    organization: null,
    controls: "other",
  },
  {
    key: "contrôleur principal of L's council",
    user: { email: "controle.principal@demo.test" },
    participant: null,
    company: null,
    organization: null,
    principal: "L's council",
  },
  {
    // A maître de stage, and nothing else, of a stagiaire who is not L.
    key: "maître of another stagiaire",
    user: "maître of another stagiaire",
    participant: null,
    company: null,
    organization: null,
    supervises: "other",
  },
  {
    key: "staff of another organization",
    user: "staff of another organization",
    participant: null,
    company: null,
    organization: "other",
  },
  {
    key: "trainer of M",
    user: { email: "formateur@demo.test" },
    participant: null,
    company: null,
    organization: null,
    trainer: "M",
  },
  {
    key: "trainer of another session",
    user: { email: "formateur2@demo.test" },
    participant: null,
    company: null,
    organization: null,
    trainer: "other",
  },
];

/**
 * What a row needs. Participant rows: "own data" (lists of the viewer's own
 * records) or "A's resource" (the row's params point at participant A's).
 * Company rows: membership of company X, with a permission or without
 * ("member"), or of any company ("any member"). Organization rows: staff of
 * any organization (their own lists) or of Y (the row's params are Y's).
 * Trainer rows: assigned to any session, or to session M (the row's params are M's).
 * Internship rows: the stagiaire's own stage (only L has one), a maître de
 * stage's own lists, or L's stage seen by its maître.
 */
export type Needs =
  | "nothing"
  // Machine routes (/api/cron/*): the scheduler's bearer secret, which no signed-in role holds.
  | "cron secret"
  | "sign-in"
  | { participant: "own data" | "A's resource" }
  | { company: Permission | "member" | "any member" }
  | { organization: "any staff" | "staff of Y" }
  | { trainer: "any trainer" | "trainer of M" | "trainer of M or staff of Y" }
  | { internship: "own stage" }
  | { supervisor: "any maître" | "maître of L" }
  | { controller: "any contrôleur" | "contrôleur of L" | "principal of L's council" };

/**
 * What the code answers. "signin": redirect to /connexion; "home": redirect to
 * "/" (a page of a space the user has not); "redirect": any other redirect,
 * when it is the page's job (/, /entreprise, /connexion once signed in);
 * "404"/"403"/"401": the status; "ok": reached and served (for actions: past
 * every check, ok or refused by a business rule).
 */
export type Outcome = "ok" | "redirect" | "signin" | "home" | "404" | "403" | "401";

export type RowKind = "page" | "route" | "action";

/** True when the role holds what the row needs. */
export function holds(role: Role, needs: Needs): boolean {
  if (needs === "nothing") return true;
  if (needs === "cron secret" || role.user === null) return false;
  if (needs === "sign-in") return true;
  if ("participant" in needs) {
    return needs.participant === "own data" ? role.participant !== null : role.participant === "A";
  }
  if ("trainer" in needs) {
    if (needs.trainer === "any trainer") return role.trainer !== undefined;
    if (needs.trainer === "trainer of M or staff of Y") {
      return role.trainer === "M" || role.organization === "Y";
    }
    return role.trainer === "M";
  }
  if ("internship" in needs) return role.internship === "L";
  if ("controller" in needs) {
    if (needs.controller === "any contrôleur") return Boolean(role.controls || role.principal);
    if (needs.controller === "contrôleur of L") return role.controls === "L";
    return role.principal === "L's council";
  }
  if ("supervisor" in needs) {
    return needs.supervisor === "any maître" ? Boolean(role.supervises) : role.supervises === "L";
  }
  if ("company" in needs) {
    if (!role.company) return false;
    if (needs.company === "any member") return true;
    if (role.company.of !== "X") return false;
    return needs.company === "member" || role.company.permissions.includes(needs.company);
  }
  return needs.organization === "any staff"
    ? role.organization !== null
    : role.organization === "Y";
}

/**
 * The expected answer of a cell, from the row's needs, derived once here so
 * that every row follows the same rules: anonymous visitors of a page go to
 * the sign-in page, pages of the participant space send non-participants home,
 * and everything else that is not theirs is a 404 (never 403: a 403 would
 * confirm that the resource exists). Route handlers and actions answer 404 and
 * "signin" (session expired) on their own, behind the proxy's redirect.
 */
export function expectedOutcome(
  row: { kind: RowKind; needs: Needs; whenAllowed?: Outcome; whenSignedIn?: Outcome },
  role: Role,
): Outcome {
  // A session cookie is no credential for the scheduler's routes, whoever holds it.
  if (row.needs === "cron secret") return "401";
  if (row.whenSignedIn && role.user !== null) return row.whenSignedIn;
  if (holds(role, row.needs)) return row.whenAllowed ?? "ok";
  if (role.user === null) return row.kind === "route" ? "404" : "signin";
  if (row.kind === "page" && typeof row.needs === "object" && "participant" in row.needs) {
    return role.participant === null ? "home" : "404";
  }
  return "404";
}
