import type { Browser, Page } from "@playwright/test";
import { ACCOUNTS, signInAs } from "./support/accounts";
import { expect, test } from "./support/test";

/*
 * The stage d'expertise comptable end to end: Lucas Moreau (stagiaire) writes
 * and transmits his semi-annual report 2, Julien Delorme (his maître de stage,
 * also the firm's manager) returns it with a reason, Lucas sends a new
 * version, Julien visas it and Lucas reads "Visé"; Thomas Bernard, of the same
 * firm, gets 404 on it. Only this spec changes Lucas's report 2 (the
 * accessibility audits read it without writing).
 */
test.describe.configure({ mode: "serial" });

let documentPath = "";

async function as(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, email);
  return page;
}

async function switchTo(page: Page, space: string) {
  await page
    .getByRole("navigation", { name: "Espaces" })
    .getByRole("link", { name: space })
    .click();
}

async function openReport2(page: Page) {
  await page.goto("/stage/rapports/2");
  await expect(page.getByRole("heading", { level: 1, name: "Rapport semestriel 2" })).toBeVisible();
}

async function writeAndTransmit(page: Page, text: string) {
  await page.getByLabel("Texte du rapport").fill(text);
  await page.getByRole("button", { name: "Transmettre à mon maître de stage" }).click();
  await expect(
    page.getByText("Transmis au maître de stage", { exact: true }).first(),
  ).toBeVisible();
}

test("Lucas sees report 2 due on Mon stage, writes it and transmits it", async ({ browser }) => {
  const page = await as(browser, ACCOUNTS.stagiaire);
  await switchTo(page, "Espace stagiaire");
  await expect(
    page.getByRole("heading", { level: 1, name: "Mon stage d'expertise comptable" }),
  ).toBeVisible();
  await expect(page.getByText("Année 2 sur 3")).toBeVisible();
  await expect(
    page.getByText(
      /^Rapport semestriel 2 : à remettre avant le \d{2}\/\d{2}\/\d{4} — un retard peut invalider 2 mois de stage$/,
    ),
  ).toBeVisible();
  await page.getByRole("link", { name: "Rapport semestriel 2" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Rapport semestriel 2" })).toBeVisible();
  await expect(page.getByText(/^\d{2}\/\d{2}\/\d{4}$/).first()).toBeVisible();
  await writeAndTransmit(
    page,
    "Deuxième semestre de ma deuxième année.\n\nJ'ai participé à deux missions d'audit contractuel.",
  );
  await page.context().close();
});

test("Julien finds it waiting in Mes stagiaires and returns it with a reason", async ({
  browser,
}) => {
  const page = await as(browser, ACCOUNTS.manager);
  await switchTo(page, "Espace maître de stage");
  await expect(page.getByRole("heading", { level: 1, name: "Mes stagiaires" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "En attente de mon visa (1)" })).toBeVisible();
  await page.getByRole("link", { name: "Rapport semestriel 2" }).click();
  await expect(page).toHaveURL(/\/maitre-de-stage\/documents\/[\w-]+$/);
  documentPath = new URL(page.url()).pathname;
  await expect(page.getByText("J'ai participé à deux missions d'audit contractuel.")).toBeVisible();
  await page
    .getByLabel("Raison du renvoi")
    .fill("Détaillez les travaux réalisés sur l'audit contractuel.");
  await page.getByRole("button", { name: "Renvoyer au stagiaire" }).click();
  await expect(
    page.getByText("Renvoyé par le maître de stage", { exact: true }).first(),
  ).toBeVisible();
  await page.context().close();
});

test("Lucas reads the reason and sends a new version", async ({ browser }) => {
  const page = await as(browser, ACCOUNTS.stagiaire);
  await openReport2(page);
  await expect(
    page.getByText("Détaillez les travaux réalisés sur l'audit contractuel.").first(),
  ).toBeVisible();
  await expect(page.getByRole("heading", { name: "Rédiger une nouvelle version" })).toBeVisible();
  await writeAndTransmit(
    page,
    "Deuxième semestre de ma deuxième année.\n\nJ'ai participé à deux missions d'audit contractuel : revue des stocks et des achats d'un négociant.",
  );
  await expect(page.getByRole("heading", { name: /^Version 2 — transmise le/ })).toBeVisible();
  await page.context().close();
});

test("Julien visas the new version, and Lucas sees Visé", async ({ browser }) => {
  const julien = await as(browser, ACCOUNTS.manager);
  await julien.goto(documentPath);
  await julien.getByText(/^Ce qui a changé depuis la version 1/).click();
  await expect(julien.getByText(/revue des stocks et des achats/).first()).toBeVisible();
  await julien.getByLabel("Observations (facultatives)").fill("Bon rapport, précis.");
  await julien.getByRole("button", { name: "Viser", exact: true }).click();
  await expect(julien.getByText("Visé", { exact: true }).first()).toBeVisible();
  await julien.context().close();

  const lucas = await as(browser, ACCOUNTS.stagiaire);
  await openReport2(lucas);
  await expect(lucas.getByText("Visé", { exact: true }).first()).toBeVisible();
  await expect(lucas.getByText("Bon rapport, précis.")).toBeVisible();
  await lucas.goto("/stage/rapports");
  await expect(
    lucas.getByRole("row", { name: /Rapport semestriel 2/ }).getByText("Visé", { exact: true }),
  ).toBeVisible();
  await lucas.context().close();
});

test("Thomas Bernard gets 404 on Lucas's report, its PDF and the maître's pages", async ({
  browser,
}) => {
  const page = await as(browser, ACCOUNTS.thomas);
  const documentId = documentPath.split("/").at(-1)!;
  for (const path of ["/stage", "/stage/rapports/2", documentPath, "/maitre-de-stage"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
  for (const path of [`/stage/documents/${documentId}/pdf`, `${documentPath}/pdf`]) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(404);
  }
  await page.context().close();
});
