import type { Browser, Page } from "@playwright/test";
import { ACCOUNTS, signInAs } from "./support/accounts";
import { expect, test } from "./support/test";

/*
 * The contrôleur de stage end to end, on Camille Fontaine's report 3 (on
 * this file's own copy of the demo):
 * Hélène Garnier finds it waiting in "Mon portefeuille" and asks for
 * corrections; Camille writes a new version, Sandrine Lambert (her maître)
 * visas it, Camille transmits it to the contrôleur; Hélène validates it and
 * Camille sees "Validé". Paul Girard, another contrôleur of the council, gets
 * 404 on it; Hélène gets 404 on the principal's pages.
 */
test.describe.configure({ mode: "serial" });

let documentPath = "";

async function as(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, email);
  return page;
}

async function openReport3(page: Page) {
  await page.goto("/stage/rapports/3");
  await expect(page.getByRole("heading", { level: 1, name: "Rapport semestriel 3" })).toBeVisible();
}

test("Hélène finds the waiting report in Mon portefeuille and asks for corrections", async ({
  browser,
}) => {
  const page = await as(browser, ACCOUNTS.controleur);
  await page.goto("/controle-de-stage");
  await expect(page.getByRole("heading", { level: 1, name: "Mon portefeuille" })).toBeVisible();
  await page.getByLabel("Afficher").selectOption("attente");
  await page.getByRole("button", { name: "Filtrer" }).click();
  await expect(page).toHaveURL(/filtre=attente/);
  await expect(page.getByRole("heading", { level: 3, name: "Camille Fontaine" })).toBeVisible();
  await page.getByRole("link", { name: "Rapport semestriel 3 de Camille Fontaine" }).click();
  await expect(page).toHaveURL(/\/controle-de-stage\/documents\/[\w-]+$/);
  documentPath = new URL(page.url()).pathname;
  await expect(
    page.getByRole("heading", { level: 1, name: "Rapport semestriel 3 — Camille Fontaine" }),
  ).toBeVisible();
  await expect(page.getByText("Travail précis, bien documenté.").first()).toBeVisible();
  await page.getByLabel("Corrections demandées").fill("Détaillez la mission d'évaluation.");
  await page.getByRole("button", { name: "Demander des corrections" }).click();
  await expect(page.getByText("Corrections demandées", { exact: true }).first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Valider" })).toHaveCount(0);
  await page.context().close();
});

test("Camille reads the corrections and a new version goes through her maître", async ({
  browser,
}) => {
  const camille = await as(browser, ACCOUNTS.stagiaire3);
  await openReport3(camille);
  await expect(camille.getByText("Détaillez la mission d'évaluation.").first()).toBeVisible();
  await camille
    .getByLabel("Texte du rapport")
    .fill(
      "Premier semestre de ma troisième année.\n\nLa mission d'évaluation : méthode des flux, trois scénarios.",
    );
  await camille.getByRole("button", { name: "Transmettre à mon maître de stage" }).click();
  await expect(
    camille.getByText("Transmis au maître de stage", { exact: true }).first(),
  ).toBeVisible();

  const sandrine = await as(browser, ACCOUNTS.maitre2);
  await sandrine.goto("/maitre-de-stage");
  await sandrine.getByRole("link", { name: "Rapport semestriel 3" }).first().click();
  await expect(sandrine).toHaveURL(/\/maitre-de-stage\/documents\/[\w-]+$/);
  await sandrine.getByLabel("Observations (facultatives)").fill("Complété comme demandé.");
  await sandrine.getByRole("button", { name: "Viser", exact: true }).click();
  await expect(sandrine.getByText("Visé", { exact: true }).first()).toBeVisible();
  await sandrine.context().close();

  await openReport3(camille);
  await camille.getByRole("button", { name: "Transmettre au contrôleur de stage" }).click();
  await expect(camille.getByText("Transmis au contrôleur", { exact: true }).first()).toBeVisible();
  await camille.context().close();
});

test("Hélène validates the new version, and Camille sees Validé", async ({ browser }) => {
  const helene = await as(browser, ACCOUNTS.controleur);
  await helene.goto(documentPath);
  await expect(helene.getByText("Complété comme demandé.").first()).toBeVisible();
  await expect(helene.getByRole("heading", { name: /^Version 2 — transmise le/ })).toBeVisible();
  await helene.getByLabel("Observations (facultatives)").fill("Rapport complet.");
  await helene.getByRole("button", { name: "Valider", exact: true }).click();
  await expect(helene.getByText("Validé", { exact: true }).first()).toBeVisible();
  await helene.context().close();

  const camille = await as(browser, ACCOUNTS.stagiaire3);
  await openReport3(camille);
  await expect(camille.getByText("Validé", { exact: true }).first()).toBeVisible();
  await expect(camille.getByText("Rapport complet.").first()).toBeVisible();
  await expect(camille.getByLabel("Texte du rapport")).toHaveCount(0);
  await camille.goto("/stage/rapports");
  await expect(
    camille.getByRole("row", { name: /Rapport semestriel 3/ }).getByText("Validé", { exact: true }),
  ).toBeVisible();
  await camille.context().close();
});

test("another contrôleur gets 404 on the document; Hélène on the principal's pages", async ({
  browser,
}) => {
  const paul = await as(browser, ACCOUNTS.controleur2);
  const response = await paul.goto(documentPath);
  expect(response?.status()).toBe(404);
  await paul.context().close();

  const helene = await as(browser, ACCOUNTS.controleur);
  for (const path of ["/controle-de-stage/conseil", "/controle-de-stage/conseil/parametres"]) {
    expect((await helene.goto(path))?.status(), path).toBe(404);
  }
  await helene.context().close();
});
