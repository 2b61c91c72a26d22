import fs from "node:fs";
import type { Browser, Page } from "@playwright/test";
import { ACCOUNTS, signInAs } from "./support/accounts";
import { expect, test } from "./support/test";

/*
 * The end of the stage: Camille Roux's attestation de fin de stage downloads
 * (for Hélène Garnier, her contrôleur, and for Camille) and its number checks
 * out on /verification/<number> without signing in; Hélène proposes the
 * year-2 interview to Lucas Moreau, who accepts it. Only this spec changes
 * Lucas's interview (the accessibility audits read it without writing).
 */
test.describe.configure({ mode: "serial" });

let number = "";

async function as(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, email);
  return page;
}

async function downloadPdf(page: Page, link: string) {
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: link }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  const bytes = fs.readFileSync((await download.path())!);
  expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
  return bytes;
}

test("Hélène downloads Camille Roux's attestation de fin de stage from her portfolio", async ({
  browser,
}) => {
  const page = await as(browser, ACCOUNTS.controleur);
  await page.goto("/controle-de-stage?q=Roux");
  await page.getByRole("link", { name: "Fin de stage de Camille Roux" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Fin de stage — Camille Roux" }),
  ).toBeVisible();
  await expect(page.getByText("Dossier final complet", { exact: false })).toBeVisible();
  const text = (await page.getByRole("main").textContent()) ?? "";
  number = text.match(/AFS-[0-9A-Z]{12}/)?.[0] ?? "";
  expect(number).not.toBe("");
  await downloadPdf(page, "Télécharger l'attestation de fin de stage (PDF)");
  await downloadPdf(page, "Télécharger la fiche de synthèse (PDF)");
  await page.context().close();
});

test("Camille sees her final package complete and the end of validity, and downloads it", async ({
  browser,
}) => {
  const page = await as(browser, ACCOUNTS.attestee);
  await page.goto("/stage");
  await expect(
    page.getByText("Dossier final complet : toutes vos obligations sont validées."),
  ).toBeVisible();
  await expect(page.getByText(/^Valable jusqu'au \d{2}\/\d{2}\/\d{4}$/)).toBeVisible();
  await expect(page.getByText(number).first()).toBeVisible();
  await downloadPdf(page, "Télécharger l'attestation de fin de stage (PDF)");
  await page.context().close();
});

test("the attestation's number checks out anonymously on /verification", async ({ page }) => {
  await page.goto(`/verification/${number}`);
  await expect(
    page.getByRole("heading", { level: 1, name: "Vérification d'une attestation de fin de stage" }),
  ).toBeVisible();
  await expect(
    page.getByRole("heading", { name: "Attestation de fin de stage authentique et valable" }),
  ).toBeVisible();
  await expect(page.getByText("Camille Roux")).toBeVisible();
  await expect(page.getByText(/Auvergne-Rhône-Alpes/)).toBeVisible();
});

test("Hélène proposes the year-2 interview to Lucas, who accepts it", async ({ browser }) => {
  const helene = await as(browser, ACCOUNTS.controleur);
  await helene.goto("/controle-de-stage?q=Moreau");
  await helene.getByRole("link", { name: "Entretien de 2e année de Lucas Moreau" }).click();
  await expect(
    helene.getByRole("heading", { level: 1, name: "Entretien de 2e année — Lucas Moreau" }),
  ).toBeVisible();
  const inTenDays = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
  await helene.getByLabel("Date et heure (heure de Paris)").fill(`${inTenDays}T14:30`);
  await helene.getByLabel("Lieu").fill("Conseil régional, salle du comité");
  await helene.getByRole("button", { name: "Envoyer la proposition" }).click();
  await expect(helene.getByText("Proposition envoyée au stagiaire.")).toBeVisible();
  await helene.context().close();

  const lucas = await as(browser, ACCOUNTS.stagiaire);
  await lucas.goto("/stage");
  await expect(lucas.getByRole("link", { name: "Entretien de 2e année" }).first()).toBeVisible();
  await lucas.goto("/stage/entretien");
  await expect(
    lucas.getByText("Date proposée par le contrôleur, en attente de la réponse du stagiaire"),
  ).toBeVisible();
  await expect(lucas.getByText("Conseil régional, salle du comité")).toBeVisible();
  await lucas.getByRole("button", { name: "Accepter la date proposée" }).click();
  // The answer forms give way to the agreed date.
  await expect(lucas.getByText("Date convenue", { exact: true })).toBeVisible();
  await expect(lucas.getByRole("button", { name: "Accepter la date proposée" })).toHaveCount(0);
  await lucas.context().close();
});
