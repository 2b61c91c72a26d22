import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { axeViolations } from "./support/axe";
import { ACCOUNTS, signInAs } from "./support/accounts";
import { test as base, expect } from "./support/test";

/*
 * WCAG 2.1 AA (RGAA) on every page of the app: each page file under app/ is
 * opened by at least one audit below, as the demo account that sees it, and
 * axe must find nothing. Dynamic pages are reached by following a link from
 * their list page, never by a hard-coded id.
 *
 * Read-only: every audit must see the demo as seeded, whatever ran before it,
 * so the pages' own writes (server actions, the e-learning heartbeat) never
 * leave the browser. The audits spread over the workers, each on its server.
 *
 * A new page: add an audit with its route (the page file's path without the
 * route groups, e.g. "/sessions/[registrationId]/fiche"); the completeness
 * test at the end fails until one exists.
 */

type Account = keyof typeof ACCOUNTS | "visitor";

type Audit = {
  /** The page file's route, dynamic segments in brackets. */
  route: string;
  /** What this visit shows (the state of the page, the account's point of view). */
  name: string;
  as: Account;
  /** The address to open first. */
  start: string;
  /** Then follow, page after page, the first link whose address matches. */
  follow?: RegExp[];
  /** Then open this path below the followed one (a page that its state may hide the link to). */
  below?: string;
  /** Then send the form of this button empty: its errors are audited (nothing is sent). */
  press?: string;
  /** Pages that only redirect: where they must land (the audit runs there). */
  lands?: RegExp;
  /** A narrow screen (the smallest phone we support is 360 px wide). */
  width?: number;
};

const AUDITS: Audit[] = [
  // Sign-in space.
  { route: "/connexion", name: "formulaire", as: "visitor", start: "/connexion" },
  {
    route: "/connexion",
    name: "erreurs du formulaire",
    as: "visitor",
    start: "/connexion",
    press: "Se connecter",
  },
  {
    route: "/mot-de-passe-oublie",
    name: "formulaire",
    as: "visitor",
    start: "/mot-de-passe-oublie",
  },
  {
    route: "/mot-de-passe-oublie",
    name: "erreurs du formulaire",
    as: "visitor",
    start: "/mot-de-passe-oublie",
    press: "Recevoir un lien de réinitialisation",
  },
  {
    route: "/reinitialisation/[token]",
    name: "lien non valide",
    as: "visitor",
    start: `/reinitialisation/${"x".repeat(43)}`,
  },
  {
    route: "/invitation/[token]",
    name: "lien non valide",
    as: "visitor",
    start: `/invitation/${"x".repeat(43)}`,
  },
  { route: "/aucun-espace", name: "message", as: "claire", start: "/aucun-espace" },
  { route: "/", name: "accueil (redirection)", as: "claire", start: "/", lands: /^\/sessions$/ },

  // Participant space, Claire (a firm's collaborator: the user guide's sessions).
  { route: "/sessions", name: "Prochaines", as: "claire", start: "/sessions" },
  { route: "/sessions", name: "Terminées", as: "claire", start: "/sessions?vue=terminees" },
  {
    route: "/sessions",
    name: "recherche sans résultat",
    as: "claire",
    start: "/sessions?q=aucune-session-de-ce-nom",
  },
  {
    route: "/sessions/[registrationId]",
    name: "session à venir",
    as: "claire",
    start: "/sessions",
    follow: [/^\/sessions\/[^/?]+$/],
  },
  {
    route: "/sessions/[registrationId]",
    name: "session terminée",
    as: "claire",
    start: "/sessions?vue=terminees",
    follow: [/^\/sessions\/[^/?]+$/],
  },
  {
    route: "/sessions/[registrationId]/fiche",
    name: "fiche pédagogique",
    as: "claire",
    start: "/sessions",
    follow: [/^\/sessions\/[^/?]+\/fiche$/],
  },
  {
    route: "/sessions/[registrationId]/module",
    name: "module e-learning",
    as: "claire",
    start: "/sessions",
    follow: [/^\/sessions\/[^/?]+\/module$/],
  },
  {
    route: "/sessions/[registrationId]/module",
    name: "question vide",
    as: "claire",
    start: "/sessions",
    follow: [/^\/sessions\/[^/?]+\/module$/],
    press: "Envoyer ma question",
  },
  {
    route: "/sessions/[registrationId]/questionnaires/[kind]",
    name: "test de positionnement",
    as: "claire",
    start: "/sessions?q=20230117",
    follow: [/^\/sessions\/[^/?]+\/questionnaires\/positionnement$/],
  },
  ...["validation", "satisfaction"].map((kind) => ({
    route: "/sessions/[registrationId]/questionnaires/[kind]",
    name: kind,
    as: "claire" as const,
    start: "/sessions?vue=terminees&q=06230008",
    follow: [/^\/sessions\/[^/?]+$/],
    below: `/questionnaires/${kind}`,
  })),
  { route: "/commandes", name: "liste", as: "claire", start: "/commandes" },
  {
    route: "/commandes/[orderId]",
    name: "commande",
    as: "claire",
    start: "/commandes",
    follow: [/^\/commandes\/[^/?]+$/],
  },
  { route: "/factures", name: "liste", as: "claire", start: "/factures" },
  {
    route: "/factures/[invoiceId]",
    name: "facture",
    as: "claire",
    start: "/factures",
    follow: [/^\/factures\/[^/?]+$/],
  },
  { route: "/parcours", name: "Mon parcours", as: "claire", start: "/parcours" },
  { route: "/mes-donnees", name: "Mes données", as: "claire", start: "/mes-donnees" },
  {
    route: "/mes-donnees",
    name: "erreurs du formulaire d'effacement",
    as: "claire",
    start: "/mes-donnees",
    press: "Supprimer définitivement mes données",
  },

  // The same pages on a 360 px screen.
  ...[
    { route: "/sessions", name: "360 px, Prochaines", start: "/sessions" },
    { route: "/sessions", name: "360 px, Terminées", start: "/sessions?vue=terminees" },
    { route: "/commandes", name: "360 px", start: "/commandes" },
    { route: "/factures", name: "360 px", start: "/factures" },
    { route: "/parcours", name: "360 px", start: "/parcours" },
  ].map((a) => ({ ...a, as: "claire" as const, width: 360 })),
  {
    route: "/sessions/[registrationId]",
    name: "360 px",
    as: "claire",
    start: "/sessions",
    follow: [/^\/sessions\/[^/?]+$/],
    width: 360,
  },
  {
    route: "/sessions/[registrationId]/module",
    name: "360 px",
    as: "claire",
    start: "/sessions",
    follow: [/^\/sessions\/[^/?]+\/module$/],
    width: 360,
  },

  // Participant space, Sophie (a private participant, who pays her own orders).
  { route: "/sessions", name: "particulier", as: "sophie", start: "/sessions" },
  {
    route: "/sessions/[registrationId]",
    name: "particulier",
    as: "sophie",
    start: "/sessions",
    follow: [/^\/sessions\/[^/?]+$/],
  },
  {
    route: "/sessions/[registrationId]/module",
    name: "particulier, module commencé",
    as: "sophie",
    start: "/sessions",
    follow: [/^\/sessions\/[^/?]+\/module$/],
  },
  { route: "/commandes", name: "particulier", as: "sophie", start: "/commandes" },
  {
    route: "/commandes/[orderId]",
    name: "particulier",
    as: "sophie",
    start: "/commandes",
    follow: [/^\/commandes\/[^/?]+$/],
  },
  { route: "/factures", name: "particulier", as: "sophie", start: "/factures" },
  { route: "/parcours", name: "particulier", as: "sophie", start: "/parcours" },
  { route: "/mes-donnees", name: "particulier", as: "sophie", start: "/mes-donnees" },

  // Entreprise space, Julien (every habilitation of his firm).
  {
    route: "/entreprise/[companyId]",
    name: "accueil",
    as: "manager",
    start: "/entreprise",
  },
  {
    route: "/entreprise",
    name: "redirection",
    as: "manager",
    start: "/entreprise",
    lands: /^\/entreprise\/[^/?]+$/,
  },
  ...(
    [
      ["/entreprise/[companyId]/collaborateurs", /^\/entreprise\/[^/?]+\/collaborateurs$/],
      ["/entreprise/[companyId]/inscriptions", /^\/entreprise\/[^/?]+\/inscriptions$/],
      ["/entreprise/[companyId]/commandes", /^\/entreprise\/[^/?]+\/commandes$/],
      ["/entreprise/[companyId]/factures", /^\/entreprise\/[^/?]+\/factures$/],
      ["/entreprise/[companyId]/habilitations", /^\/entreprise\/[^/?]+\/habilitations$/],
    ] as const
  ).map(([route, follow]) => ({
    route,
    name: "Julien",
    as: "manager" as const,
    start: "/entreprise",
    follow: [follow],
  })),
  {
    route: "/entreprise/[companyId]/collaborateurs/[participantId]",
    name: "formations d'un collaborateur",
    as: "manager",
    start: "/entreprise",
    follow: [
      /^\/entreprise\/[^/?]+\/collaborateurs$/,
      /^\/entreprise\/[^/?]+\/collaborateurs\/[^/?]+$/,
    ],
  },
  {
    route: "/entreprise/[companyId]/plan-de-formation",
    name: "plan de formation",
    as: "manager",
    start: "/entreprise",
    follow: [/^\/entreprise\/[^/?]+\/collaborateurs$/, /^\/entreprise\/[^/?]+\/plan-de-formation$/],
  },
  {
    route: "/entreprise/[companyId]/commandes/[orderId]",
    name: "commande de l'entreprise",
    as: "manager",
    start: "/entreprise",
    follow: [/^\/entreprise\/[^/?]+\/commandes$/, /^\/entreprise\/[^/?]+\/commandes\/[^/?]+$/],
  },
  {
    route: "/entreprise/[companyId]/factures/[invoiceId]",
    name: "facture de l'entreprise",
    as: "manager",
    start: "/entreprise",
    follow: [/^\/entreprise\/[^/?]+\/factures$/, /^\/entreprise\/[^/?]+\/factures\/[^/?]+$/],
  },
  {
    route: "/entreprise/[companyId]/inscriptions/[sessionId]",
    name: "inscrire à une session",
    as: "manager",
    start: "/entreprise",
    follow: [
      /^\/entreprise\/[^/?]+\/inscriptions$/,
      /^\/entreprise\/[^/?]+\/inscriptions\/[^/?]+$/,
    ],
  },

  // Organisme space, Nadia (CRFC Centre-Est).
  { route: "/organisme", name: "sessions", as: "organisme", start: "/organisme" },
  {
    route: "/organisme/sessions/[sessionId]",
    name: "session",
    as: "organisme",
    start: "/organisme",
    follow: [/^\/organisme\/sessions\/[^/?]+$/],
  },
  {
    route: "/organisme/sessions/[sessionId]",
    name: "inscription vide",
    as: "organisme",
    start: "/organisme",
    follow: [/^\/organisme\/sessions\/[^/?]+$/],
    press: "Inscrire",
  },
  {
    route: "/organisme/sessions/[sessionId]/supports",
    name: "supports",
    as: "organisme",
    start: "/organisme",
    follow: [/^\/organisme\/sessions\/[^/?]+$/, /^\/organisme\/sessions\/[^/?]+\/supports$/],
  },
  {
    route: "/organisme/sessions/[sessionId]/resultats",
    name: "résultats",
    as: "organisme",
    start: "/organisme",
    follow: [/^\/organisme\/sessions\/[^/?]+$/, /^\/organisme\/sessions\/[^/?]+\/resultats$/],
  },
  {
    route: "/organisme/sessions/[sessionId]/modifier",
    name: "modifier la session",
    as: "organisme",
    start: "/organisme",
    follow: [/^\/organisme\/sessions\/[^/?]+$/, /^\/organisme\/sessions\/[^/?]+\/modifier$/],
  },
  {
    route: "/organisme/questions",
    name: "questions",
    as: "organisme",
    start: "/organisme/questions",
  },
  { route: "/organisme/factures", name: "factures", as: "organisme", start: "/organisme/factures" },
  { route: "/organisme/journal", name: "journal", as: "organisme", start: "/organisme/journal" },
  {
    route: "/organisme/e-mails",
    name: "e-mails en échec",
    as: "organisme",
    start: "/organisme/e-mails",
  },

  // Espace formateur, Marc Lefèvre (SAFIR 2 and 3, and one ended session with its sheets signed).
  { route: "/formateur", name: "Prochaines", as: "formateur", start: "/formateur" },
  { route: "/formateur", name: "Terminées", as: "formateur", start: "/formateur?vue=terminees" },
  { route: "/formateur", name: "360 px", as: "formateur", start: "/formateur", width: 360 },
  {
    route: "/formateur/sessions/[sessionId]",
    name: "session à venir",
    as: "formateur",
    start: "/formateur",
    follow: [/^\/formateur\/sessions\/[^/?]+$/],
  },
  {
    route: "/formateur/sessions/[sessionId]",
    name: "session terminée, feuilles signées",
    as: "formateur",
    start: "/formateur?vue=terminees",
    follow: [/^\/formateur\/sessions\/[^/?]+$/],
  },
  {
    route: "/formateur/sessions/[sessionId]",
    name: "360 px",
    as: "formateur",
    start: "/formateur",
    follow: [/^\/formateur\/sessions\/[^/?]+$/],
    width: 360,
  },
  {
    route: "/formateur/sessions/[sessionId]/supports",
    name: "supports",
    as: "formateur",
    start: "/formateur",
    follow: [/^\/formateur\/sessions\/[^/?]+$/, /^\/formateur\/sessions\/[^/?]+\/supports$/],
  },
  {
    route: "/formateur/sessions/[sessionId]/evaluations",
    name: "session à venir : résultats, évaluation pas encore ouverte",
    as: "formateur",
    start: "/formateur",
    follow: [/^\/formateur\/sessions\/[^/?]+$/, /^\/formateur\/sessions\/[^/?]+\/evaluations$/],
  },
  {
    route: "/formateur/sessions/[sessionId]/evaluations",
    name: "session terminée : résultats du groupe et formulaire d'évaluation",
    as: "formateur",
    start: "/formateur?vue=terminees",
    follow: [/^\/formateur\/sessions\/[^/?]+$/, /^\/formateur\/sessions\/[^/?]+\/evaluations$/],
  },
  {
    route: "/formateur/sessions/[sessionId]/evaluations",
    name: "erreurs du formulaire d'évaluation",
    as: "formateur",
    start: "/formateur?vue=terminees",
    follow: [/^\/formateur\/sessions\/[^/?]+$/, /^\/formateur\/sessions\/[^/?]+\/evaluations$/],
    press: "Envoyer mon évaluation",
  },
  {
    route: "/formateur/questions",
    name: "questions des participants",
    as: "formateur",
    start: "/formateur/questions",
  },
  {
    route: "/formateur/questions",
    name: "360 px",
    as: "formateur",
    start: "/formateur/questions",
    width: 360,
  },
  // No slot is under way in the demo: e2e/trainer.spec.ts audits the open form at
  // 360 px on its own server.
  { route: "/emargement", name: "aucune séance ouverte", as: "claire", start: "/emargement" },
  // Espace stagiaire (Lucas Moreau).
  { route: "/stage", name: "mon stage", as: "stagiaire", start: "/stage" },
  { route: "/stage", name: "mon stage, téléphone", as: "stagiaire", start: "/stage", width: 360 },
  {
    route: "/stage/obligations",
    name: "obligations",
    as: "stagiaire",
    start: "/stage/obligations",
  },
  {
    route: "/stage/rapports",
    name: "rapports et fiches",
    as: "stagiaire",
    start: "/stage/rapports",
  },
  {
    route: "/stage/rapports/[number]",
    name: "rapport semestriel",
    as: "stagiaire",
    start: "/stage/rapports",
    follow: [/^\/stage\/rapports\/2$/],
  },
  {
    route: "/stage/rapports/[number]",
    name: "rapport semestriel, téléphone",
    as: "stagiaire",
    start: "/stage/rapports",
    follow: [/^\/stage\/rapports\/3$/],
    width: 360,
  },
  {
    route: "/stage/fiches-activites/[year]",
    name: "fiche annuelle d'activités",
    as: "stagiaire",
    start: "/stage/rapports",
    follow: [/^\/stage\/fiches-activites\/2$/],
  },
  { route: "/stage/formations", name: "formations", as: "stagiaire", start: "/stage/formations" },
  {
    route: "/stage/entretien",
    name: "entretien de 2e année",
    as: "stagiaire",
    start: "/stage/entretien",
  },
  { route: "/stage", name: "stage attesté", as: "attestee", start: "/stage" },

  // Espace maître de stage (Julien Delorme).
  { route: "/maitre-de-stage", name: "mes stagiaires", as: "manager", start: "/maitre-de-stage" },
  {
    route: "/maitre-de-stage/stagiaires/[internshipId]",
    name: "dossier du stagiaire",
    as: "manager",
    start: "/maitre-de-stage",
    follow: [/^\/maitre-de-stage\/stagiaires\/[^/?]+$/],
  },
  {
    route: "/maitre-de-stage/documents/[documentId]",
    name: "document visé",
    as: "manager",
    start: "/maitre-de-stage",
    follow: [/^\/maitre-de-stage\/stagiaires\/[^/?]+$/, /^\/maitre-de-stage\/documents\/[^/?]+$/],
  },

  // Espace contrôleur de stage (Hélène Garnier).
  {
    route: "/controle-de-stage",
    name: "mon portefeuille",
    as: "controleur",
    start: "/controle-de-stage?filtre=retard&annee=2",
  },
  {
    route: "/controle-de-stage/documents/[documentId]",
    name: "document validé",
    as: "controleur",
    start: "/controle-de-stage?q=Moreau",
    follow: [/^\/controle-de-stage\/documents\/[^/?]+$/],
  },
  {
    route: "/controle-de-stage/conseil",
    name: "portefeuilles du conseil",
    as: "principal",
    start: "/controle-de-stage/conseil",
  },
  {
    route: "/controle-de-stage/conseil/stagiaires/[internshipId]",
    name: "réattribution",
    as: "principal",
    start: "/controle-de-stage/conseil?q=Moreau",
    follow: [/^\/controle-de-stage\/conseil\/stagiaires\/[^/?]+$/],
  },
  {
    route: "/controle-de-stage/conseil/parametres",
    name: "paramètres du conseil",
    as: "principal",
    start: "/controle-de-stage/conseil/parametres",
  },
  {
    route: "/controle-de-stage/entretien/[internshipId]",
    name: "entretien de 2e année de Lucas Moreau",
    as: "controleur",
    start: "/controle-de-stage?q=Moreau",
    follow: [/^\/controle-de-stage\/entretien\/[^/?]+$/],
  },
  {
    route: "/controle-de-stage/fin-de-stage/[internshipId]",
    name: "fin de stage attestée (Camille Roux)",
    as: "controleur",
    start: "/controle-de-stage?q=Roux",
    follow: [/^\/controle-de-stage\/fin-de-stage\/[^/?]+$/],
  },
  {
    route: "/controle-de-stage/fin-de-stage/[internshipId]",
    name: "fin de stage en cours, contrôleur principal, téléphone",
    as: "principal",
    start: "/controle-de-stage/conseil?q=Moreau",
    follow: [/^\/controle-de-stage\/fin-de-stage\/[^/?]+$/],
    width: 360,
  },

  // "Mes notifications", from every space.
  { route: "/notifications", name: "participant", as: "claire", start: "/notifications" },
  { route: "/notifications", name: "entreprise", as: "manager", start: "/notifications" },
  { route: "/notifications", name: "organisme", as: "organisme", start: "/notifications" },
  {
    route: "/notifications",
    name: "participant, 360 px",
    as: "claire",
    start: "/notifications",
    width: 360,
  },

  // Public pages.
  // A company's request to attach a participant: an unknown link, signed in.
  {
    route: "/rattachement/[token]",
    name: "lien inconnu",
    as: "claire",
    start: "/rattachement/jeton-inconnu",
  },
  {
    route: "/desinscription/[token]",
    name: "lien invalide",
    as: "visitor",
    start: "/desinscription/jeton-inconnu",
  },
  { route: "/confidentialite", name: "page", as: "visitor", start: "/confidentialite" },
  { route: "/mentions-legales", name: "page", as: "visitor", start: "/mentions-legales" },
  {
    route: "/verification/[number]",
    name: "attestation introuvable",
    as: "visitor",
    start: "/verification/ATT-0000000000ZZ",
  },
  {
    route: "/verification/[number]",
    name: "attestation de fin de stage authentique (Camille Roux)",
    as: "visitor",
    start: "/verification/AFS-7KQ2M9XH4TC8",
  },
];

/** "/sessions/[registrationId]" → a pattern that its addresses match. */
function routePattern(route: string): RegExp {
  const escaped = route.replace(/[.*+?^${}()|\\]/g, "\\$&").replace(/\[[^\]]+\]/g, "[^/?]+");
  return new RegExp(`^${escaped}$`);
}

/**
 * Run in each page before its own scripts: its writes fail in the browser.
 * (Not with context.route: intercepting requests turns the HTTP cache off, and
 * every page would load its scripts again.)
 */
function readOnlyPage() {
  const refused = () => Promise.reject(new TypeError("audit en lecture seule"));
  const fetch = window.fetch.bind(window);
  window.fetch = (input, init) => {
    const method = init?.method ?? (input instanceof Request ? input.method : "GET");
    return ["GET", "HEAD"].includes(method.toUpperCase()) ? fetch(input, init) : refused();
  };
  navigator.sendBeacon = () => false;
  const open = XMLHttpRequest.prototype.open;
  XMLHttpRequest.prototype.open = function (
    this: XMLHttpRequest,
    method: string,
    ...rest: never[]
  ) {
    if (!["GET", "HEAD"].includes(method.toUpperCase()))
      throw new TypeError("audit en lecture seule");
    return (open as (...args: unknown[]) => void).call(this, method, ...rest);
  } as typeof open;
  // A form sent without JavaScript would post too (React's own form actions go through fetch).
  document.addEventListener("submit", (event) => event.preventDefault(), true);
}

type Viewer = { context: BrowserContext; page: Page };

/**
 * One browser context (and page) per account and screen width, per worker and
 * server: each account signs in once (scrypt is slow) and its pages share the
 * HTTP cache, as one person's browser does.
 */
const test = base.extend<object, { viewers: Map<string, Promise<Viewer>> }>({
  viewers: [
    async ({}, use) => {
      const viewers = new Map<string, Promise<Viewer>>();
      await use(viewers);
      for (const viewer of viewers.values()) await (await viewer).context.close();
    },
    { scope: "worker" },
  ],
});

async function viewerOf(
  viewers: Map<string, Promise<Viewer>>,
  browser: Browser,
  baseURL: string | undefined,
  account: Account,
  width = 1280,
): Promise<Page> {
  const key = `${baseURL} ${account} ${width}`;
  if (!viewers.has(key)) {
    // The sign-in of a new context is the worker's setup, not the audit's: it gets its own time.
    const { timeout } = test.info();
    const started = Date.now();
    test.setTimeout(timeout + 120_000);
    await viewers.set(key, openViewer(browser, baseURL, account, width)).get(key);
    test.setTimeout(timeout + (Date.now() - started));
  }
  return (await viewers.get(key)!).page;
}

async function openViewer(
  browser: Browser,
  baseURL: string | undefined,
  account: Account,
  width: number,
): Promise<Viewer> {
  const context = await browser.newContext({
    baseURL,
    locale: "fr-FR",
    timezoneId: "Europe/Paris",
    viewport: { width, height: 800 },
    // axe is injected into the page: the app's Content-Security-Policy must not stop it.
    bypassCSP: true,
    // An address of its own, so that public lookups are not counted with another context's.
    extraHTTPHeaders: {
      "x-forwarded-for": `2001:db8::a11:${crypto.randomInt(0xffff).toString(16)}`,
    },
  });
  const page = await context.newPage();
  // Signing in posts: before the page is made read-only.
  if (account !== "visitor") await signInAs(page, ACCOUNTS[account]);
  await context.addInitScript(readOnlyPage);
  return { context, page };
}

test.describe.configure({ mode: "parallel" });
test.use({ database: "read-only" });

/** Where each followed link led, per account and way in: the data do not change. */
const followed = new Map<string, string>();

for (const audit of AUDITS) {
  test(`${audit.route} (${audit.name}, ${audit.as}) has no WCAG 2.1 AA violation`, async ({
    browser,
    baseURL,
    viewers,
  }) => {
    test.setTimeout(60_000);
    const page = await viewerOf(viewers, browser, baseURL, audit.as, audit.width);
    // The way in: links followed by an earlier audit of the same account are not opened again.
    let address = audit.start;
    for (const [step, pattern] of (audit.follow ?? []).entries()) {
      const key = `${baseURL} ${audit.as} ${address} ${pattern}`;
      if (!followed.has(key)) {
        await page.goto(address);
        const hrefs = await page
          .locator("main a[href]")
          .evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
        const href = hrefs.find((h) => pattern.test(h));
        expect(href, `no link matching ${pattern} on ${page.url()}`).toBeDefined();
        followed.set(key, href!);
      }
      address = followed.get(key)!;
      if (step === audit.follow!.length - 1) address += audit.below ?? "";
    }
    await page.goto(address);
    expect(new URL(page.url()).pathname).toMatch(audit.lands ?? routePattern(audit.route));
    await expect(page.getByRole("main")).toBeVisible();
    if (audit.press) {
      await page.getByRole("button", { name: audit.press, exact: true }).click();
      await expect(page.locator('main [aria-invalid="true"]').first()).toBeVisible();
    }

    const violations = await axeViolations(page);
    expect(violations, `axe on ${page.url()}:\n${violations.join("\n\n")}`).toEqual([]);
  });
}

test("the certificate check page, for an authentic certificate, has no WCAG 2.1 AA violation", async ({
  browser,
  baseURL,
  viewers,
}) => {
  const record = await viewerOf(viewers, browser, baseURL, "claire");
  await record.goto("/parcours");
  const number = (await record.getByRole("main").textContent())?.match(/ATT-[0-9A-Z]{12}/)?.[0];
  expect(number, "Mon parcours shows a certificate number").toBeTruthy();

  const page = await viewerOf(viewers, browser, baseURL, "visitor");
  await page.goto(`/verification/${number}`);
  await expect(page.getByRole("heading", { name: "Attestation authentique" })).toBeVisible();
  const violations = await axeViolations(page);
  expect(violations, `axe on ${page.url()}:\n${violations.join("\n\n")}`).toEqual([]);
});

test("every page file of app/ has an accessibility audit", () => {
  const appDir = path.resolve("app");
  const routes = fs
    .readdirSync(appDir, { recursive: true, encoding: "utf8" })
    .filter((file) => path.basename(file) === "page.tsx")
    .map((file) => {
      const segments = path
        .dirname(file)
        .split(path.sep)
        .filter((s) => s !== "." && !/^\(.*\)$/.test(s));
      return `/${segments.join("/")}`;
    });
  const audited = new Set(AUDITS.map((a) => a.route));
  const missing = routes.filter((route) => !audited.has(route)).sort();
  expect(missing, "pages without an audit in e2e/accessibility.spec.ts").toEqual([]);
});
