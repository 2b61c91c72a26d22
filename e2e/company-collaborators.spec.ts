import { execFileSync } from "node:child_process";
import path from "node:path";
import type { Browser, Page } from "@playwright/test";
import { ACCOUNTS, submitSignIn } from "./support/accounts";
import { axeViolations } from "./support/axe";
import { waitForMail } from "./support/outbox";
import {
  startOwnServer,
  stopOwnServer,
  templateCopy,
  waitUntilHealthy,
  type OwnServer,
} from "./support/own-server";
import { expect, test } from "./support/test";

/*
 * Collaborators arriving and leaving (issue 20, item 3). Detaching Thomas
 * Bernard would change what the other specs read of the shared database
 * (company*.spec.ts, the accessibility audits) if they shared a database: this
 * spec runs its own server on its own copy of the demo, where FORMATION SAFIR 2
 * needs no positioning test, and its own outbox.
 *
 * Julien Delorme asks Sophie Leroy to join the firm, she confirms through the
 * link of the e-mail; he detaches Thomas Bernard, who keeps his account and
 * his certificates, while the firm keeps its orders and the documents of what
 * it paid for, and no longer sees his new trainings.
 */
const SAFIR2 = "20230117";

let server: OwnServer;
let base: string;
let outbox: string;

test.describe.configure({ mode: "serial" });

test.use({ database: "none" });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  const dataDir = templateCopy();
  outbox = path.join(dataDir, "outbox");
  // FORMATION SAFIR 2, where Thomas registers after leaving: confirmed without a positioning test.
  execFileSync(
    process.execPath,
    ["node_modules/tsx/dist/cli.mjs", "e2e/support/session-without-positioning.ts", SAFIR2],
    {
      env: {
        ...process.env,
        DATABASE_URL: "",
        PGLITE_DIR: path.join(dataDir, "pglite"),
        STORAGE_DIR: path.join(dataDir, "storage"),
      },
      stdio: "pipe",
    },
  );
  server = await startOwnServer({ dataDir, env: { OUTBOX_DIR: outbox } });
  await waitUntilHealthy(server, 180_000);
  base = `http://localhost:${server.port}`;
});

test.afterAll(async () => {
  if (server) await stopOwnServer(server);
});

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: base, bypassCSP: true });
  const page = await context.newPage();
  await page.goto("/connexion");
  await submitSignIn(page, email);
  await expect(page).not.toHaveURL(/\/connexion/, { timeout: 15_000 });
  return page;
}

async function openCollaborators(manager: Page): Promise<string> {
  await manager.goto("/entreprise");
  await manager
    .getByRole("navigation", { name: "Espace entreprise" })
    .getByRole("link", { name: "Collaborateurs" })
    .click();
  await expect(manager.getByRole("heading", { level: 1, name: "Collaborateurs" })).toBeVisible();
  return new URL(manager.url()).pathname;
}

test("the manager asks Sophie Leroy to join; she confirms through the e-mail's link", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const manager = await signedIn(browser, ACCOUNTS.manager);
  await openCollaborators(manager);
  const form = manager.getByRole("form", { name: "Rattacher un collaborateur" });
  // Bad input first: French field errors, nothing sent.
  await form.getByLabel("Adresse e-mail du participant").fill("pas-une-adresse");
  await form.getByRole("button", { name: "Envoyer la demande" }).click();
  await expect(form.getByText("Adresse e-mail invalide.")).toBeVisible();
  await form.getByLabel("Adresse e-mail du participant").fill("personne@inconnu.test");
  await form.getByRole("button", { name: "Envoyer la demande" }).click();
  await expect(
    form.getByText(/Aucun participant n'a de compte à cette adresse/).first(),
  ).toBeVisible();

  await form.getByLabel("Adresse e-mail du participant").fill(ACCOUNTS.sophie);
  await form.getByRole("button", { name: "Envoyer la demande" }).click();
  await expect(form.getByRole("status")).toHaveText(
    `Demande envoyée à ${ACCOUNTS.sophie} : le rattachement se fait à sa confirmation.`,
  );
  const mail = await waitForMail(ACCOUNTS.sophie, /vous propose de vous rattacher/, { outbox });
  const link = mail.text.match(/https?:\/\/\S+\/rattachement\/[\w-]+/)?.[0];
  expect(link).toBeDefined();

  // Sophie opens the link: signing in first, then the request.
  const context = await browser.newContext({ baseURL: base, bypassCSP: true });
  const sophie = await context.newPage();
  await sophie.goto(new URL(link!).pathname);
  await expect(sophie).toHaveURL(/\/connexion/);
  await submitSignIn(sophie, ACCOUNTS.sophie);
  await expect(
    sophie.getByRole("heading", { level: 1, name: "Rattachement à une entreprise" }),
  ).toBeVisible({ timeout: 15_000 });
  const violations = await axeViolations(sophie);
  expect(violations, violations.join("\n\n")).toEqual([]);
  await sophie
    .getByRole("button", { name: "Confirmer mon rattachement à Cabinet Delorme & Associés" })
    .click();
  // The button's answer, then the page drawn again (the action refreshes it) say the same.
  const done = sophie
    .getByRole("main")
    .getByRole("status")
    .filter({ hasText: "C'est fait : vous êtes collaborateur de Cabinet Delorme & Associés." });
  await expect(done.first()).toBeVisible();
  await sophie.reload();
  await expect(done).toHaveCount(1);
  await expect(sophie.getByText(/déjà servi/)).toHaveCount(0);
  await expect(sophie.getByRole("button", { name: /Confirmer mon rattachement/ })).toHaveCount(0);

  await manager.reload();
  await expect(
    manager.getByRole("table").getByRole("link", { name: "Sophie Leroy" }),
  ).toBeVisible();
});

test("the manager detaches Thomas Bernard: the firm keeps its orders, not his new trainings; he keeps his certificates", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const manager = await signedIn(browser, ACCOUNTS.manager);
  const collaboratorsPath = await openCollaborators(manager);
  const companyPath = collaboratorsPath.replace(/\/collaborateurs$/, "");

  // Before: his trainings, their documents and orders, as the firm sees them.
  await manager.getByRole("table").getByRole("link", { name: "Thomas Bernard" }).click();
  await expect(manager.getByRole("heading", { level: 1, name: /Thomas Bernard/ })).toBeVisible();
  const thomasPath = new URL(manager.url()).pathname;
  const documentLinks = await manager
    .locator(`a[href*="${companyPath}/documents/"]`)
    .evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
  expect(documentLinks.length).toBeGreaterThan(0);
  const certificate = documentLinks.find((href) => href.endsWith("/attestation"));
  expect(certificate).toBeDefined();
  const orderReferences = [
    ...new Set((await manager.locator("body").innerText()).match(/C\d{11}/g) ?? []),
  ];
  expect(orderReferences.length).toBeGreaterThan(0);

  // "Détacher", in two steps.
  await manager.goto(collaboratorsPath);
  await manager.getByRole("button", { name: "Détacher Thomas Bernard" }).click();
  await manager.getByRole("button", { name: "Confirmer le départ de Thomas Bernard" }).click();
  await expect(manager.getByRole("table").getByText("Thomas Bernard")).toHaveCount(0);
  expect((await manager.goto(thomasPath))!.status()).toBe(404);

  // The firm keeps what it paid for: its orders, the documents of those trainings.
  await manager.goto(`${companyPath}/commandes`);
  for (const reference of orderReferences) {
    await expect(manager.getByText(reference).first()).toBeVisible();
  }
  for (const href of documentLinks) {
    expect((await manager.request.get(href)).status()).toBe(200);
  }

  // He keeps his account and his certificate.
  const thomas = await signedIn(browser, ACCOUNTS.thomas);
  const registrationId = certificate!.split("/").at(-2)!;
  const own = await thomas.request.get(`/sessions/${registrationId}/attestation`);
  expect(own.status()).toBe(200);
  expect(own.headers()["content-type"]).toBe("application/pdf");

  // A new training of his (the organization registers him and confirms): not the firm's.
  const staff = await signedIn(browser, ACCOUNTS.organisme);
  await staff.goto("/organisme");
  await staff.getByLabel("Rechercher (formation ou référence)").fill("FORMATION SAFIR 2");
  await staff.getByRole("button", { name: "Rechercher" }).click();
  await staff.getByRole("link", { name: "FORMATION SAFIR 2", exact: true }).click();
  const byEmail = staff.getByRole("region", { name: /Inscrire une personne par e-mail/ });
  await byEmail.getByLabel("Adresse e-mail du participant").fill(ACCOUNTS.thomas);
  await byEmail.getByLabel("Prénom").fill("Thomas");
  await byEmail.getByLabel("Nom", { exact: true }).fill("Bernard");
  await staff.getByRole("button", { name: "Inscrire", exact: true }).click();
  // The action's answer first: a reload sent while it runs may show the page without him.
  await expect(byEmail.getByRole("status")).toHaveText(
    `${ACCOUNTS.thomas} est inscrit(e) (en attente de confirmation).`,
  );
  await staff.reload();
  await staff.getByRole("button", { name: "Confirmer l'inscription de Thomas Bernard" }).click();
  await expect(
    staff.getByRole("status").filter({ hasText: "Thomas Bernard : inscription confirmée." }),
  ).toBeVisible();

  await thomas.goto("/sessions");
  await thomas
    .getByRole("article", { name: "FORMATION SAFIR 2", exact: true })
    .getByRole("link", { name: "Afficher les détails de la session" })
    .click();
  await expect(thomas).toHaveURL(/\/sessions\/[\w-]+$/);
  const newRegistrationId = new URL(thomas.url()).pathname.split("/").at(-1)!;
  expect((await thomas.request.get(`/sessions/${newRegistrationId}/convocation`)).status()).toBe(
    200,
  );
  expect(
    (
      await manager.request.get(`${companyPath}/documents/${newRegistrationId}/convocation`)
    ).status(),
  ).toBe(404);
});
