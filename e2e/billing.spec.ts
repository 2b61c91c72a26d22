import type { Page } from "@playwright/test";
import { ACCOUNTS, scrollsHorizontally, signInAs } from "./support/accounts";
import { expect, test } from "./support/test";

/** The e-learning order of the guide: paid, with its invoice and payment. */
const PAID_ORDER = "C20032300041";

async function openPaidOrder(page: Page) {
  await page.goto("/commandes");
  await page
    .getByRole("table", { name: "Mes commandes" })
    .getByRole("link", { name: PAID_ORDER })
    .click();
  await expect(
    page.getByRole("heading", { level: 1, name: `Commande ${PAID_ORDER}` }),
  ).toBeVisible();
}

async function openPaidInvoice(page: Page) {
  await openPaidOrder(page);
  await page
    .getByRole("table", { name: "Factures de la commande" })
    .getByRole("link", { name: /^F\d{4}-20-\d{6}$/ })
    .click();
  await expect(
    page.getByRole("heading", { level: 1, name: /^Facture F\d{4}-20-\d{6}$/ }),
  ).toBeVisible();
}

test("Claire follows her orders to their invoices, payments and PDF", async ({ page }) => {
  await signInAs(page, ACCOUNTS.claire);
  await page.getByRole("link", { name: "Commandes" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Commandes" })).toBeVisible();
  const orders = page.getByRole("table", { name: "Mes commandes" });
  const safir2 = orders.getByRole("row", { name: /C20042300006/ });
  await expect(safir2).toContainText("FORMATION SAFIR 2");
  await expect(safir2).toContainText("Réf : 20230117");
  await expect(safir2).toContainText("Cabinet Delorme & Associés");
  await expect(safir2).toContainText("En attente de règlement");
  await expect(safir2).toContainText(/\d[\d ]*,\d\d €/);
  await expect(orders.getByRole("row", { name: new RegExp(PAID_ORDER) })).toContainText("Réglée");

  await openPaidOrder(page);
  const lines = page.getByRole("table", { name: "Lignes de la commande" });
  await expect(lines).toContainText(
    "Avantages en nature : identifier, calculer et sécuriser (e-learning)",
  );
  await expect(lines).toContainText("Réf : 20.01.SOC0018.23");
  await expect(lines).toContainText(/Accessible pendant 90 jours \(du \d\d\/\d\d\/\d{4} au/);
  await expect(page.getByText("Total TTC", { exact: true })).toBeVisible();
  await expect(page.getByText(/^TVA 20 %/)).toBeVisible();
  await expect(page.getByText("Réglée le :")).toBeVisible();

  await page.getByRole("link", { name: "Factures", exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Factures" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Mes factures" })).toContainText(PAID_ORDER);

  await openPaidInvoice(page);
  await expect(page.getByRole("table", { name: "Lignes de la facture" })).toContainText(
    "20.01.SOC0018.23",
  );
  const payments = page.getByRole("table", { name: "Règlements reçus" });
  await expect(payments.getByRole("row").nth(1)).toBeVisible();
  await expect(payments).toContainText(/\d\d\/\d\d\/\d{4}/);
  await expect(page.getByText("Reste à payer")).toBeVisible();
  await expect(page.getByText(/40 €/)).toBeVisible();

  const href = await page
    .getByRole("link", { name: "Télécharger la facture (PDF)" })
    .getAttribute("href");
  expect(href).toMatch(/^\/factures\/[\w-]+\/pdf$/);
  const pdf = await page.request.get(href!);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect(pdf.headers()["content-disposition"]).toMatch(/^attachment; filename="Facture - F\d{4}/);
  expect(pdf.headers()["cache-control"]).toContain("no-store");
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
});

test("another participant gets 404 on Claire's order, invoice and PDF", async ({ browser }) => {
  const claire = await browser.newPage();
  await signInAs(claire, ACCOUNTS.claire);
  await openPaidOrder(claire);
  const order = new URL(claire.url()).pathname;
  await openPaidInvoice(claire);
  const invoice = new URL(claire.url()).pathname;
  await claire.close();

  const thomas = await browser.newPage();
  await signInAs(thomas, ACCOUNTS.thomas);
  for (const path of [order, invoice, `${invoice}/pdf`]) {
    const response = await thomas.goto(path);
    expect(response?.status(), path).toBe(404);
  }
  await thomas.close();
});

test("malformed ids are not found, never an error", async ({ page }) => {
  await signInAs(page, ACCOUNTS.claire);
  for (const path of [
    "/commandes/x",
    `/commandes/${"a".repeat(200)}`,
    "/commandes/a%00b",
    "/factures/%27%20OR%201%3D1",
    "/factures/a%00b/pdf",
    `/factures/${"b".repeat(80)}/pdf`,
  ]) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(404);
  }
});

test.describe("at 360 px", () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test("orders, an order, invoices and an invoice fit without horizontal scrolling", async ({
    page,
  }) => {
    await signInAs(page, ACCOUNTS.claire);
    await openPaidOrder(page);
    expect(await scrollsHorizontally(page)).toBe(false);
    const order = page.url();
    await openPaidInvoice(page);
    expect(await scrollsHorizontally(page)).toBe(false);
    for (const path of ["/commandes", "/factures", order]) {
      await page.goto(path);
      await expect(page.getByRole("main")).toBeVisible();
      expect(await scrollsHorizontally(page), path).toBe(false);
    }
  });
});
