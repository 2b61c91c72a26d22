import type { Fixtures } from "./fixtures";
import type { Needs, Outcome } from "./roles";

/**
 * The authorization table: every page, route handler (per HTTP method) and
 * server action of the product, with what it needs and how to point it at a
 * resource of participant A, company X or organization Y. The matrix test
 * (tests/integration/authorization-matrix.test.ts) signs in as every role of
 * ./roles and checks every cell; a page, handler or action without a row here
 * fails it. Expected outcomes come from `needs` (see expectedOutcome in ./roles).
 *
 * To add a row: copy the nearest one of the same kind, give the file (and the
 * method or the export), `needs`, and `params` / `input` from the fixtures
 * (add a fixture in ./fixtures.ts when the resource is new).
 */
type Params = Record<string, string | string[]>;

type Common = {
  /** Path from the repository root. */
  file: string;
  needs: Needs;
  /** The answer when the role holds what the row needs ("ok" unless said). */
  whenAllowed?: Outcome;
  /** The answer to every signed-in user, whatever they hold (the sign-in page). */
  whenSignedIn?: Outcome;
};

export type PageRow = Common & { kind: "page"; params?: (f: Fixtures) => Params };
export type RouteRow = Common & {
  kind: "route";
  method: "GET" | "POST";
  params?: (f: Fixtures) => Params;
  body?: (f: Fixtures) => FormData | undefined;
};
export type ActionRow = Common & { kind: "action"; name: string; input: (f: Fixtures) => unknown };
export type Row = PageRow | RouteRow | ActionRow;

const own = { participant: "own data" } as const;
const ofA = { participant: "A's resource" } as const;
const anyStaff = { organization: "any staff" } as const;
const staffOfY = { organization: "staff of Y" } as const;
const anyTrainer = { trainer: "any trainer" } as const;
const trainerOfM = { trainer: "trainer of M" } as const;

const pdfFile = () => {
  const form = new FormData();
  form.set("title", "Support de la matrice");
  form.set("type", "Guide");
  form.set("phase", "BEFORE");
  const pdf = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n";
  form.set("file", new File([pdf], "matrice.pdf", { type: "application/pdf" }));
  return form;
};

const ownStage = { internship: "own stage" } as const;
const anyMaster = { supervisor: "any maître" } as const;
const masterOfL = { supervisor: "maître of L" } as const;
const controllerOfL = { controller: "contrôleur of L" } as const;
const principalOfL = { controller: "principal of L's council" } as const;

const reportFile = () => {
  const form = new FormData();
  const pdf = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n";
  form.set("file", new File([pdf], "rapport.pdf", { type: "application/pdf" }));
  return form;
};

/** What a mail client posts to a List-Unsubscribe URL (RFC 8058). */
const oneClick = () => {
  const form = new FormData();
  form.set("List-Unsubscribe", "One-Click");
  return form;
};

const P = "app/(participant)";
const S = "app/(internship)/stage";
const M = "app/(supervisor)/maitre-de-stage";
const K = "app/(controller)/controle-de-stage";
const C = "app/(company)/entreprise";
const O = "app/(organization)/organisme";
const A = "app/(auth)";
const T = "app/(trainer)/formateur";
const TA = "lib/trainers/actions.ts";

export const TABLE: readonly Row[] = [
  // Public and sign-in pages.
  { kind: "page", file: "app/page.tsx", needs: "sign-in", whenAllowed: "redirect" },
  { kind: "page", file: `${A}/aucun-espace/page.tsx`, needs: "sign-in" },
  // Signed-in users go on to "/" (no callbackUrl here), which opens their space.
  { kind: "page", file: `${A}/connexion/page.tsx`, needs: "nothing", whenSignedIn: "home" },
  {
    kind: "page",
    file: `${A}/invitation/[token]/page.tsx`,
    needs: "nothing",
    params: () => ({ token: "jeton-inconnu" }),
  },
  { kind: "page", file: `${A}/mot-de-passe-oublie/page.tsx`, needs: "nothing" },
  {
    kind: "page",
    file: `${A}/reinitialisation/[token]/page.tsx`,
    needs: "nothing",
    params: () => ({ token: "jeton-inconnu" }),
  },
  { kind: "page", file: "app/(public)/confidentialite/page.tsx", needs: "nothing" },
  { kind: "page", file: "app/(public)/mentions-legales/page.tsx", needs: "nothing" },
  {
    kind: "page",
    file: "app/(public)/verification/[number]/page.tsx",
    needs: "nothing",
    params: () => ({ number: "ATT-0000-INCONNU" }),
  },
  {
    kind: "route",
    file: "app/api/auth/[...nextauth]/route.ts",
    method: "GET",
    needs: "nothing",
    params: () => ({ nextauth: ["session"] }),
  },
  {
    kind: "route",
    file: "app/api/auth/[...nextauth]/route.ts",
    method: "POST",
    needs: "nothing",
    params: () => ({ nextauth: ["signout"] }),
  },
  { kind: "route", file: "app/api/health/route.ts", method: "GET", needs: "nothing" },
  // Scheduled work: the proxy lets them through, the handler wants the scheduler's bearer
  // secret (the matrix sets CRON_SECRET, so every role gets the 401; tests/integration/cron-routes.test.ts
  // runs them with the secret).
  { kind: "route", file: "app/api/cron/mail/route.ts", method: "GET", needs: "cron secret" },
  { kind: "route", file: "app/api/cron/notices/route.ts", method: "GET", needs: "cron secret" },
  { kind: "route", file: "app/api/cron/retention/route.ts", method: "GET", needs: "cron secret" },
  // Benchmark probes: 404 to everyone unless the server runs `npm run bench`
  // (PARCOURS_BENCH=1, never set here); anonymous visitors get the proxy's 401.
  {
    kind: "route",
    file: "app/api/bench/one-line-pdf/route.ts",
    method: "GET",
    needs: "sign-in",
    whenAllowed: "404",
  },
  {
    kind: "route",
    file: "app/api/bench/queries/route.ts",
    method: "GET",
    needs: "sign-in",
    whenAllowed: "404",
  },
  // "Mes notifications": every signed-in user's own choices, whatever their space.
  { kind: "page", file: "app/(account)/notifications/page.tsx", needs: "sign-in" },
  {
    // Saving the defaults: allowed, changes nothing the other cells read.
    kind: "action",
    file: "lib/notifications/actions.ts",
    name: "savePreferencesAction",
    needs: "sign-in",
    input: () => ({
      choices: {
        SESSIONS: "IMMEDIATE",
        QUESTIONNAIRES: "IMMEDIATE",
        ELEARNING: "IMMEDIATE",
        INTERNSHIP: "IMMEDIATE",
        CONTINUING_EDUCATION: "IMMEDIATE",
      },
    }),
  },
  // Unsubscribe links work without signing in: the signed token is the credential.
  {
    kind: "page",
    file: "app/(public)/desinscription/[token]/page.tsx",
    needs: "nothing",
    params: () => ({ token: "jeton-inconnu" }),
  },
  {
    kind: "route",
    file: "app/api/desinscription/[token]/route.ts",
    method: "GET",
    needs: "nothing",
    params: () => ({ token: "jeton-inconnu" }),
  },
  {
    kind: "route",
    file: "app/api/desinscription/[token]/route.ts",
    method: "POST",
    needs: "nothing",
    params: () => ({ token: "jeton-inconnu" }),
    body: oneClick,
  },
  // The token in the payload is the credential of these public actions.
  {
    kind: "action",
    file: "lib/accounts/actions.ts",
    name: "acceptInvitationAction",
    needs: "nothing",
    input: () => ({
      token: "jeton-inconnu",
      password: "x".repeat(14),
      confirmation: "x".repeat(14),
    }),
  },
  {
    kind: "action",
    file: "lib/accounts/actions.ts",
    name: "resetPasswordAction",
    needs: "nothing",
    input: () => ({
      token: "jeton-inconnu",
      password: "x".repeat(14),
      confirmation: "x".repeat(14),
    }),
  },
  {
    kind: "action",
    file: "lib/accounts/actions.ts",
    name: "requestPasswordResetAction",
    needs: "nothing",
    input: () => ({ email: "personne@inconnu.test" }),
  },

  // Participant space: the viewer's own lists, and participant A's records.
  { kind: "page", file: `${P}/sessions/page.tsx`, needs: own },
  { kind: "page", file: `${P}/commandes/page.tsx`, needs: own },
  { kind: "page", file: `${P}/factures/page.tsx`, needs: own },
  { kind: "page", file: `${P}/parcours/page.tsx`, needs: own },
  { kind: "route", file: `${P}/parcours/export/route.ts`, method: "GET", needs: own },
  { kind: "page", file: `${P}/mes-donnees/page.tsx`, needs: own },
  { kind: "route", file: `${P}/mes-donnees/export/route.ts`, method: "GET", needs: own },
  {
    kind: "action",
    file: "lib/privacy/actions.ts",
    name: "eraseMyAccountAction",
    needs: own,
    // Not the account's address: refused after every check, so the matrix's accounts survive.
    input: () => ({ email: "personne@inconnu.test", confirmation: "SUPPRIMER" }),
  },
  {
    kind: "page",
    file: `${P}/sessions/[registrationId]/page.tsx`,
    needs: ofA,
    params: (f) => ({ registrationId: f.convocationRegistrationId }),
  },
  {
    kind: "page",
    file: `${P}/sessions/[registrationId]/fiche/page.tsx`,
    needs: ofA,
    params: (f) => ({ registrationId: f.convocationRegistrationId }),
  },
  {
    kind: "page",
    file: `${P}/sessions/[registrationId]/module/page.tsx`,
    needs: ofA,
    params: (f) => ({ registrationId: f.module.registrationId }),
  },
  {
    kind: "page",
    file: `${P}/sessions/[registrationId]/questionnaires/[kind]/page.tsx`,
    needs: ofA,
    params: (f) => ({ registrationId: f.questionnaire.registrationId, kind: f.questionnaire.slug }),
  },
  {
    kind: "route",
    file: `${P}/sessions/[registrationId]/convocation/route.ts`,
    method: "GET",
    needs: ofA,
    params: (f) => ({ registrationId: f.convocationRegistrationId }),
  },
  {
    kind: "route",
    file: `${P}/sessions/[registrationId]/attestation/route.ts`,
    method: "GET",
    needs: ofA,
    params: (f) => ({ registrationId: f.attestationRegistrationId }),
  },
  {
    kind: "route",
    file: `${P}/sessions/[registrationId]/agenda/route.ts`,
    method: "GET",
    needs: ofA,
    params: (f) => ({ registrationId: f.agendaRegistrationId }),
  },
  {
    kind: "route",
    file: `${P}/sessions/[registrationId]/supports/[materialId]/route.ts`,
    method: "GET",
    needs: ofA,
    params: (f) => ({ ...f.material }),
  },
  {
    kind: "route",
    file: `${P}/sessions/[registrationId]/module/fichier/[unitId]/route.ts`,
    method: "GET",
    needs: ofA,
    params: (f) => ({ ...f.module }),
  },
  {
    kind: "route",
    file: `${P}/sessions/[registrationId]/rejoindre/route.ts`,
    method: "POST",
    needs: ofA,
    params: (f) => ({ registrationId: f.virtualClassRegistrationId }),
  },
  {
    kind: "page",
    file: `${P}/commandes/[orderId]/page.tsx`,
    needs: ofA,
    params: (f) => ({ orderId: f.orderId }),
  },
  {
    kind: "page",
    file: `${P}/factures/[invoiceId]/page.tsx`,
    needs: ofA,
    params: (f) => ({ invoiceId: f.invoiceId }),
  },
  {
    kind: "route",
    file: `${P}/factures/[invoiceId]/pdf/route.ts`,
    method: "GET",
    needs: ofA,
    params: (f) => ({ invoiceId: f.invoiceId }),
  },
  {
    kind: "action",
    file: "lib/elearning/actions.ts",
    name: "recordUnitTimeAction",
    needs: ofA,
    input: (f) => ({ ...f.module, seconds: 30 }),
  },
  {
    kind: "action",
    file: "lib/elearning/actions.ts",
    name: "completeUnitAction",
    needs: ofA,
    input: (f) => ({ ...f.module }),
  },
  {
    kind: "action",
    file: "lib/elearning/actions.ts",
    name: "askQuestionAction",
    needs: ofA,
    input: (f) => ({
      registrationId: f.module.registrationId,
      body: "Question posée par la matrice d'autorisations.",
    }),
  },
  {
    kind: "action",
    file: "lib/responses/actions.ts",
    name: "saveQuestionnaireDraft",
    needs: ofA,
    input: (f) => ({
      registrationId: f.questionnaire.registrationId,
      kind: f.questionnaire.slug,
      answers: {},
    }),
  },
  {
    // An empty submission is refused by the questionnaire's own rules, after authorization.
    kind: "action",
    file: "lib/responses/actions.ts",
    name: "submitQuestionnaire",
    needs: ofA,
    input: (f) => ({
      registrationId: f.questionnaire.registrationId,
      kind: f.questionnaire.slug,
      answers: {},
    }),
  },

  // Company space: company X's pages, each behind its habilitation.
  {
    kind: "page",
    file: `${C}/page.tsx`,
    needs: { company: "any member" },
    whenAllowed: "redirect",
  },
  {
    kind: "page",
    file: `${C}/[companyId]/page.tsx`,
    needs: { company: "member" },
    params: (f) => ({ companyId: f.companyId }),
  },
  {
    kind: "page",
    file: `${C}/[companyId]/collaborateurs/page.tsx`,
    needs: { company: "collaborators.view" },
    params: (f) => ({ companyId: f.companyId }),
  },
  {
    kind: "page",
    file: `${C}/[companyId]/plan-de-formation/page.tsx`,
    needs: { company: "collaborators.view" },
    params: (f) => ({ companyId: f.companyId }),
  },
  {
    kind: "route",
    file: `${C}/[companyId]/plan-de-formation/csv/route.ts`,
    method: "GET",
    needs: { company: "collaborators.view" },
    params: (f) => ({ companyId: f.companyId }),
  },
  {
    kind: "page",
    file: `${C}/[companyId]/collaborateurs/[participantId]/page.tsx`,
    needs: { company: "trainings.view" },
    params: (f) => ({ companyId: f.companyId, participantId: f.claireId }),
  },
  {
    kind: "route",
    file: `${C}/[companyId]/documents/[registrationId]/[kind]/route.ts`,
    method: "GET",
    needs: { company: "documents.view" },
    params: (f) => ({
      companyId: f.companyId,
      registrationId: f.convocationRegistrationId,
      kind: "convocation",
    }),
  },
  {
    kind: "page",
    file: `${C}/[companyId]/inscriptions/page.tsx`,
    needs: { company: "registrations.create" },
    params: (f) => ({ companyId: f.companyId }),
  },
  {
    kind: "page",
    file: `${C}/[companyId]/inscriptions/[sessionId]/page.tsx`,
    needs: { company: "registrations.create" },
    params: (f) => ({ companyId: f.companyId, sessionId: f.openSessionId }),
  },
  {
    kind: "page",
    file: `${C}/[companyId]/commandes/page.tsx`,
    needs: { company: "orders.view" },
    params: (f) => ({ companyId: f.companyId }),
  },
  {
    kind: "page",
    file: `${C}/[companyId]/factures/page.tsx`,
    needs: { company: "invoices.view" },
    params: (f) => ({ companyId: f.companyId }),
  },
  {
    kind: "page",
    file: `${C}/[companyId]/commandes/[orderId]/page.tsx`,
    needs: { company: "orders.view" },
    params: (f) => ({ companyId: f.companyId, orderId: f.companyOrderId }),
  },
  {
    kind: "page",
    file: `${C}/[companyId]/factures/[invoiceId]/page.tsx`,
    needs: { company: "invoices.view" },
    params: (f) => ({ companyId: f.companyId, invoiceId: f.companyInvoiceId }),
  },
  {
    kind: "route",
    file: `${C}/[companyId]/factures/[invoiceId]/pdf/route.ts`,
    method: "GET",
    needs: { company: "invoices.view" },
    params: (f) => ({ companyId: f.companyId, invoiceId: f.companyInvoiceId }),
  },
  {
    kind: "route",
    file: `${C}/[companyId]/factures/export/route.ts`,
    method: "GET",
    needs: { company: "invoices.view" },
    params: (f) => ({ companyId: f.companyId }),
  },
  {
    kind: "route",
    file: `${C}/[companyId]/factures/releve/route.ts`,
    method: "GET",
    needs: { company: "invoices.view" },
    params: (f) => ({ companyId: f.companyId }),
  },
  {
    kind: "page",
    file: `${C}/[companyId]/habilitations/page.tsx`,
    needs: { company: "habilitations.manage" },
    params: (f) => ({ companyId: f.companyId }),
  },
  {
    kind: "action",
    file: "lib/companies/actions.ts",
    name: "registerCollaboratorsAction",
    needs: { company: "registrations.create" },
    input: (f) => ({
      companyId: f.companyId,
      sessionId: f.openSessionId,
      participantIds: [f.thomasId],
      newCollaborators: [],
    }),
  },
  {
    // Saving Isabelle's habilitations as they are: allowed, changes nothing.
    kind: "action",
    file: "lib/companies/actions.ts",
    name: "setMemberPermissionsAction",
    needs: { company: "habilitations.manage" },
    input: (f) => ({
      companyId: f.companyId,
      membershipId: f.isabelleMembershipId,
      permissions: ["orders.view", "invoices.view"],
    }),
  },
  {
    // The first allowed call adds the member; the next ones are told it already is one.
    kind: "action",
    file: "lib/companies/actions.ts",
    name: "inviteMemberAction",
    needs: { company: "habilitations.manage" },
    input: (f) => ({
      companyId: f.companyId,
      email: "membre-de-la-matrice@test.local",
      firstName: "Membre",
      lastName: "Matrice",
      role: "accounting",
      permissions: [],
    }),
  },
  {
    // Removing the last manager: refused by the rule, after every check.
    kind: "action",
    file: "lib/companies/actions.ts",
    name: "removeMemberAction",
    needs: { company: "habilitations.manage" },
    input: (f) => ({ companyId: f.companyId, membershipId: f.managerMembershipId }),
  },
  {
    kind: "action",
    file: "lib/companies/actions.ts",
    name: "grantRoleAction",
    needs: { company: "habilitations.manage" },
    input: (f) => ({
      companyId: f.companyId,
      membershipId: f.isabelleMembershipId,
      role: "accounting",
    }),
  },

  // Organisme space: the staff's own lists, and organization Y's sessions.
  { kind: "page", file: `${O}/page.tsx`, needs: anyStaff },
  { kind: "page", file: `${O}/factures/page.tsx`, needs: anyStaff },
  { kind: "page", file: `${O}/journal/page.tsx`, needs: anyStaff },
  { kind: "page", file: `${O}/e-mails/page.tsx`, needs: anyStaff },
  { kind: "page", file: `${O}/questions/page.tsx`, needs: anyStaff },
  {
    kind: "page",
    file: `${O}/sessions/[sessionId]/page.tsx`,
    needs: staffOfY,
    params: (f) => ({ sessionId: f.orgSession.id }),
  },
  {
    kind: "page",
    file: `${O}/sessions/[sessionId]/modifier/page.tsx`,
    needs: staffOfY,
    params: (f) => ({ sessionId: f.orgSession.id }),
  },
  {
    // The session's logistics as they are: allowed, changes nothing, mails nobody.
    kind: "action",
    file: "lib/organizations/actions.ts",
    name: "updateSessionLogisticsAction",
    needs: staffOfY,
    input: (f) => f.orgLogistics,
  },
  {
    kind: "page",
    file: `${O}/sessions/[sessionId]/resultats/page.tsx`,
    needs: staffOfY,
    params: (f) => ({ sessionId: f.orgSession.id }),
  },
  {
    kind: "route",
    file: `${O}/sessions/[sessionId]/resultats/csv/route.ts`,
    method: "GET",
    needs: staffOfY,
    params: (f) => ({ sessionId: f.orgSession.id }),
  },
  {
    kind: "page",
    file: `${O}/sessions/[sessionId]/supports/page.tsx`,
    needs: staffOfY,
    params: (f) => ({ sessionId: f.orgMaterial.sessionId }),
  },
  {
    kind: "route",
    file: `${O}/sessions/[sessionId]/supports/[materialId]/route.ts`,
    method: "GET",
    needs: staffOfY,
    params: (f) => ({ ...f.orgMaterial }),
  },
  {
    kind: "route",
    file: `${O}/sessions/[sessionId]/supports/televersement/route.ts`,
    method: "POST",
    needs: staffOfY,
    params: (f) => ({ sessionId: f.orgMaterial.sessionId }),
    body: pdfFile,
  },
  {
    kind: "action",
    file: "lib/organizations/actions.ts",
    name: "answerQuestionAction",
    needs: staffOfY,
    input: (f) => ({
      questionId: f.orgQuestionId,
      answer: "Réponse de la matrice d'autorisations.",
    }),
  },
  {
    kind: "action",
    file: "lib/organizations/actions.ts",
    name: "recordPaymentAction",
    needs: staffOfY,
    input: (f) => ({
      invoiceId: f.orgInvoiceId,
      amount: "1,00",
      method: "BANK_TRANSFER",
      paidAt: new Date().toISOString().slice(0, 10),
      idempotencyKey: "matrice-autorisations",
    }),
  },
  {
    kind: "action",
    file: "lib/organizations/actions.ts",
    name: "decideRegistrationsAction",
    needs: staffOfY,
    input: (f) => ({
      sessionId: f.orgSession.id,
      registrationIds: [f.orgSession.registrationId],
      decision: "confirm",
    }),
  },
  {
    kind: "action",
    file: "lib/organizations/actions.ts",
    name: "registerByEmailAction",
    needs: staffOfY,
    input: (f) => ({
      sessionId: f.orgSession.id,
      email: "inscrit.matrice@demo.test",
      firstName: "Inscrit",
      lastName: "Matrice",
    }),
  },
  {
    kind: "action",
    file: "lib/organizations/actions.ts",
    name: "recordAttendanceAction",
    needs: staffOfY,
    input: (f) => ({
      sessionId: f.orgSession.id,
      slotId: f.orgSession.slotId,
      marks: [{ registrationId: f.orgSession.registrationId, status: "PRESENT" }],
    }),
  },
  {
    kind: "action",
    file: "lib/organizations/actions.ts",
    name: "updateCertificateRuleAction",
    needs: staffOfY,
    input: (f) => ({
      sessionId: f.orgSession.id,
      rule: "ATTENDANCE",
      minAttendancePercent: 75,
      passPercent: 50,
    }),
  },

  // Espace formateur (lib/trainers/scope): his sessions only.
  { kind: "page", file: `${T}/page.tsx`, needs: anyTrainer },
  {
    kind: "page",
    file: `${T}/sessions/[sessionId]/page.tsx`,
    needs: trainerOfM,
    params: (f) => ({ sessionId: f.trainerSession.id }),
  },
  {
    kind: "route",
    file: `${T}/sessions/[sessionId]/agenda/route.ts`,
    method: "GET",
    needs: trainerOfM,
    params: (f) => ({ sessionId: f.trainerSession.id }),
  },
  {
    kind: "route",
    file: `${T}/sessions/[sessionId]/feuille-emargement/route.ts`,
    method: "GET",
    needs: trainerOfM,
    params: (f) => ({ sessionId: f.trainerSession.id }),
  },
  {
    kind: "route",
    file: `${T}/sessions/[sessionId]/code/[slotId]/route.ts`,
    method: "GET",
    needs: trainerOfM,
    params: (f) => ({ sessionId: f.trainerSession.id, slotId: f.trainerSession.slotId }),
  },
  // The calendar feed opens by its token alone: an unknown token is a 404 to everyone.
  {
    kind: "route",
    file: `${T}/agenda/[token]/route.ts`,
    method: "GET",
    needs: "nothing",
    whenAllowed: "404",
    params: () => ({ token: "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" }),
  },
  {
    kind: "route",
    file: `${O}/sessions/[sessionId]/feuille-emargement/route.ts`,
    method: "GET",
    needs: staffOfY,
    params: (f) => ({ sessionId: f.orgSession.id }),
  },
  { kind: "page", file: `${P}/emargement/page.tsx`, needs: own },
  {
    kind: "action",
    file: TA,
    name: "recordTrainerAttendanceAction",
    needs: trainerOfM,
    input: (f) => ({
      sessionId: f.trainerSession.id,
      slotId: f.trainerSession.slotId,
      marks: [{ registrationId: f.trainerSession.registrationId, status: "PRESENT" }],
    }),
  },
  {
    // Session M's slot has not started: the signature is refused by its rule (reached).
    kind: "action",
    file: TA,
    name: "signSheetAction",
    needs: trainerOfM,
    input: (f) => ({ sessionId: f.trainerSession.id, slotId: f.trainerSession.slotId }),
  },
  {
    kind: "action",
    file: TA,
    name: "correctSheetAction",
    needs: { trainer: "trainer of M or staff of Y" },
    input: (f) => ({
      sessionId: f.trainerSession.id,
      slotId: f.trainerSession.slotId,
      marks: [{ registrationId: f.trainerSession.registrationId, status: "PRESENT" }],
      reason: "Correction de la matrice",
    }),
  },
  {
    // The slot is not open now: refused by its rule, after the participant check.
    kind: "action",
    file: TA,
    name: "signOwnPresenceAction",
    needs: ofA,
    input: (f) => ({ slotId: f.claireSlotId, code: "000000" }),
  },
  {
    kind: "action",
    file: TA,
    name: "calendarFeedAction",
    needs: anyTrainer,
    input: () => ({ intent: "revoke" }),
  },
  {
    kind: "action",
    file: TA,
    name: "addSessionTrainerAction",
    needs: staffOfY,
    input: (f) => ({
      sessionId: f.orgSession.id,
      email: "formateur.ajoute@exemple.test",
      firstName: "Formateur",
      lastName: "Ajouté",
    }),
  },
  {
    kind: "action",
    file: TA,
    name: "removeSessionTrainerAction",
    needs: staffOfY,
    input: (f) => ({ sessionId: f.orgSession.id, trainerId: f.orgTrainerId }),
  },
  // Espace stagiaire: only L holds a stage; everyone else gets a 404.
  { kind: "page", file: `${S}/page.tsx`, needs: ownStage },
  { kind: "page", file: `${S}/obligations/page.tsx`, needs: ownStage },
  { kind: "page", file: `${S}/rapports/page.tsx`, needs: ownStage },
  { kind: "page", file: `${S}/formations/page.tsx`, needs: ownStage },
  {
    kind: "page",
    file: `${S}/rapports/[number]/page.tsx`,
    needs: ownStage,
    params: () => ({ number: "2" }),
  },
  {
    kind: "page",
    file: `${S}/fiches-activites/[year]/page.tsx`,
    needs: ownStage,
    params: () => ({ year: "1" }),
  },
  {
    kind: "route",
    file: `${S}/rapports/[number]/fichier/route.ts`,
    method: "POST",
    needs: ownStage,
    params: () => ({ number: "3" }),
    body: reportFile,
  },
  {
    kind: "route",
    file: `${S}/documents/[documentId]/pdf/route.ts`,
    method: "GET",
    needs: ownStage,
    params: (f) => ({ documentId: f.reportDocumentId }),
  },
  {
    kind: "route",
    file: `${S}/documents/[documentId]/versions/[versionId]/route.ts`,
    method: "GET",
    needs: ownStage,
    params: (f) => f.fileVersion,
  },
  {
    kind: "action",
    file: "lib/internships/actions.ts",
    name: "saveDraftAction",
    needs: ownStage,
    input: () => ({ kind: "REPORT", sequence: 2, body: "Brouillon de la matrice." }),
  },
  {
    kind: "action",
    file: "lib/internships/actions.ts",
    name: "transmitDocumentAction",
    needs: ownStage,
    input: (f) => ({ documentId: f.reportDocumentId }),
  },
  {
    // Report 2 is a draft: refused by its rule (not visaed) after the stagiaire check.
    kind: "action",
    file: "lib/internships/actions.ts",
    name: "submitToControllerAction",
    needs: ownStage,
    input: (f) => ({ documentId: f.reportDocumentId }),
  },
  {
    kind: "route",
    file: `${S}/fiches-activites/[year]/fichier/route.ts`,
    method: "POST",
    needs: ownStage,
    params: () => ({ year: "3" }),
    body: reportFile,
  },

  // Espace contrôleur de stage: his portfolio, L's documents once transmitted to him;
  // the council's portfolios, reassignments and settings for its principal.
  {
    kind: "page",
    file: `${K}/page.tsx`,
    needs: { controller: "any contrôleur" },
  },
  {
    kind: "page",
    file: `${K}/documents/[documentId]/page.tsx`,
    needs: controllerOfL,
    params: (f) => ({ documentId: f.controlledDocumentId }),
  },
  {
    kind: "route",
    file: `${K}/documents/[documentId]/versions/[versionId]/route.ts`,
    method: "GET",
    needs: controllerOfL,
    params: (f) => f.fileVersion,
  },
  { kind: "page", file: `${K}/conseil/page.tsx`, needs: principalOfL },
  { kind: "page", file: `${K}/conseil/parametres/page.tsx`, needs: principalOfL },
  {
    kind: "page",
    file: `${K}/conseil/stagiaires/[internshipId]/page.tsx`,
    needs: principalOfL,
    params: (f) => ({ internshipId: f.internshipId }),
  },
  {
    // L's report 1 is validated: refused by its rule once the contrôleur is recognised.
    kind: "action",
    file: "lib/internships/actions.ts",
    name: "validateDocumentAction",
    needs: controllerOfL,
    input: (f) => ({ documentId: f.controlledDocumentId, comment: "Validation de la matrice." }),
  },
  {
    kind: "action",
    file: "lib/internships/actions.ts",
    name: "requestCorrectionsAction",
    needs: controllerOfL,
    input: (f) => ({ documentId: f.controlledDocumentId, comment: "Corrections de la matrice." }),
  },
  {
    // L is already Hélène's: refused by its rule once the principal is recognised.
    kind: "action",
    file: "lib/internships/actions.ts",
    name: "reassignInternshipAction",
    needs: principalOfL,
    input: (f) => ({ internshipId: f.internshipId, controllerId: f.controllerOfLId }),
  },
  {
    kind: "action",
    file: "lib/internships/actions.ts",
    name: "updateCouncilSettingsAction",
    needs: principalOfL,
    input: (f) => f.councilSettings,
  },

  // Espace maître de stage: his lists, and L's stage (404 to another maître).
  { kind: "page", file: `${M}/page.tsx`, needs: anyMaster },
  {
    kind: "page",
    file: `${M}/stagiaires/[internshipId]/page.tsx`,
    needs: masterOfL,
    params: (f) => ({ internshipId: f.internshipId }),
  },
  {
    kind: "page",
    file: `${M}/documents/[documentId]/page.tsx`,
    needs: masterOfL,
    params: (f) => ({ documentId: f.reportDocumentId }),
  },
  {
    kind: "route",
    file: `${M}/documents/[documentId]/pdf/route.ts`,
    method: "GET",
    needs: masterOfL,
    params: (f) => ({ documentId: f.reportDocumentId }),
  },
  {
    kind: "route",
    file: `${M}/documents/[documentId]/versions/[versionId]/route.ts`,
    method: "GET",
    needs: masterOfL,
    params: (f) => f.fileVersion,
  },
  {
    kind: "action",
    file: "lib/internships/actions.ts",
    name: "endorseDocumentAction",
    needs: masterOfL,
    input: (f) => ({ documentId: f.reportDocumentId, comment: "Visa de la matrice." }),
  },
  {
    kind: "action",
    file: "lib/internships/actions.ts",
    name: "coEndorseDocumentAction",
    needs: masterOfL,
    input: (f) => ({ documentId: f.reportDocumentId, comment: "Visa CAC de la matrice." }),
  },
  {
    kind: "action",
    file: "lib/internships/actions.ts",
    name: "returnDocumentAction",
    needs: masterOfL,
    input: (f) => ({ documentId: f.reportDocumentId, comment: "Renvoi de la matrice." }),
  },
];

/** The key of a row, as the completeness check names app files and exports. */
export function rowKey(row: Row): string {
  if (row.kind === "page") return row.file;
  if (row.kind === "route") return `${row.file} ${row.method}`;
  return `${row.file} ${row.name}`;
}
