import type { Page } from "@playwright/test";
import { ACCOUNTS, signInAs } from "./support/accounts";
import { expect, test } from "./support/test";

/*
 * The company's orders and invoices, opened: the demo manager reads an invoice
 * of Cabinet Delorme & Associés, downloads its PDF, exports the period's CSV
 * and the month's statement, and opens an order with its lines per
 * collaborator. Read-only: other spec files share this database.
 */

const FIRM = "Cabinet Delorme & Associés";

async function openCompany(page: Page): Promise<string> {
  await signInAs(page, ACCOUNTS.manager);
  await page.goto("/entreprise");
  await expect(page).toHaveURL(/\/entreprise\/[\w-]+$/);
  return new URL(page.url()).pathname;
}

test("the manager opens an invoice of the firm and downloads its PDF", async ({ page }) => {
  const base = await openCompany(page);
  await page
    .getByRole("navigation", { name: "Espace entreprise" })
    .getByRole("link", { name: "Factures" })
    .click();
  const table = page.getByRole("table", { name: `Factures de ${FIRM}` });
  const first = table.getByRole("link", { name: /^F\d{4}/ }).first();
  const number = (await first.textContent())!.trim();
  await first.click();

  await expect(page).toHaveURL(new RegExp(`^.*${base}/factures/[\\w-]+$`));
  await expect(page.getByRole("heading", { level: 1, name: `Facture ${number}` })).toBeVisible();
  await expect(page.getByText(FIRM).first()).toBeVisible();
  await expect(page.getByRole("table", { name: "Lignes de la facture" })).toBeVisible();
  await expect(page.getByText("Reste à payer").first()).toBeVisible();

  const href = await page
    .getByRole("link", { name: "Télécharger la facture (PDF)" })
    .getAttribute("href");
  expect(href).toMatch(new RegExp(`^${base}/factures/[\\w-]+/pdf$`));
  const pdf = await page.request.get(href!);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect(pdf.headers()["content-disposition"]).toContain(`Facture - ${number}`);
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");

  // The order it belongs to, with its lines per collaborator.
  await page.getByRole("link", { name: /^C\d+/ }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: /^Commande C\d+/ })).toBeVisible();
  const lines = page.getByRole("table", { name: "Lignes de la commande" });
  await expect(lines.getByRole("columnheader", { name: "Participant" })).toBeVisible();
  await expect(
    page
      .getByRole("table", { name: "Factures de la commande" })
      .getByRole("link", { name: number }),
  ).toBeVisible();
});

test("the manager exports the period's invoices as CSV and the month's statement as PDF", async ({
  page,
}) => {
  const base = await openCompany(page);
  await page.goto(`${base}/factures`);
  const year = new Date().getFullYear();
  await page.getByLabel("Factures émises du").fill(`${year}-01-01`);
  await page.getByLabel("au", { exact: true }).fill(`${year}-12-31`);
  const [csv] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Exporter les factures (CSV)" }).click(),
  ]);
  expect(csv.suggestedFilename()).toMatch(/^Factures - Cabinet Delorme.*\.csv$/);
  const text = await (await page.request.get(csv.url())).text();
  expect(text.split("\r\n")[0]).toBe(
    "\ufeffNuméro;Date;Échéance;Organisme;Réf commande;Client;Montant HT;TVA;Montant TTC;Réglé;Reste dû;Statut",
  );
  expect(text).toMatch(/\r\nF\d{4}/);

  const month = `${year}-${String(new Date().getMonth() + 1).padStart(2, "0")}`;
  const statement = await page.request.get(`${base}/factures/releve?mois=${month}`);
  expect(statement.status()).toBe(200);
  expect(statement.headers()["content-type"]).toBe("application/pdf");
  expect(statement.headers()["content-disposition"]).toContain(
    "Releve de factures - Cabinet Delorme",
  );
  expect((await page.request.get(`${base}/factures/releve?mois=2026-13`)).status()).toBe(400);
});

test("another company's manager, a participant and a signed-out visitor reach none of it", async ({
  page,
}) => {
  const base = await openCompany(page);
  await page.goto(`${base}/factures`);
  const invoice = await page
    .getByRole("table", { name: `Factures de ${FIRM}` })
    .getByRole("link", { name: /^F\d{4}/ })
    .first()
    .getAttribute("href");
  const paths = [invoice!, `${invoice}/pdf`, `${base}/factures/export?du=2020-01-01&au=2020-12-31`];
  await page.context().clearCookies();
  await signInAs(page, ACCOUNTS.claire);
  for (const path of paths) {
    expect((await page.request.get(path)).status(), path).toBe(404);
  }
});
