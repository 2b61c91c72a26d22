import type { Page } from "@playwright/test";
import { ACCOUNTS, signInAs } from "./support/accounts";
import { expect, test } from "./support/test";

/*
 * The Entreprise space end to end, as the demo manager (Julien Delorme, every
 * habilitation of Cabinet Delorme & Associés). Other spec files share this
 * seeded database and count Claire's sessions: this file registers a
 * collaborator who is neither Claire nor Thomas, to a session that is not one
 * of the organization spec's ("FORMATION SAFIR"). It revokes the manager's
 * invoices.view last, in this serial block, and gives it back afterwards (no
 * other spec reads the manager's invoices).
 */

const FIRM = "Cabinet Delorme & Associés";

async function openCompany(page: Page): Promise<string> {
  await page.goto("/entreprise");
  await expect(page).toHaveURL(/\/entreprise\/[\w-]+$/);
  await expect(page.getByRole("heading", { level: 1, name: FIRM })).toBeVisible();
  return new URL(page.url()).pathname;
}

function nav(page: Page) {
  return page.getByRole("navigation", { name: "Espace entreprise" });
}

test.describe.configure({ mode: "serial" });

test.describe("the demo manager", () => {
  test("sees Claire's trainings, their statuses and her certificate", async ({ page }) => {
    await signInAs(page, ACCOUNTS.manager);
    await openCompany(page);
    await nav(page).getByRole("link", { name: "Collaborateurs" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Collaborateurs" })).toBeVisible();
    const table = page.getByRole("table", { name: `Collaborateurs de ${FIRM}` });
    await expect(table.getByRole("columnheader", { name: /^Heures \d{4}-\d{4}$/ })).toBeVisible();
    await table.getByRole("link", { name: "Claire Martin" }).click();

    await expect(
      page.getByRole("heading", { level: 1, name: "Formations de Claire Martin" }),
    ).toBeVisible();
    const upcoming = page.getByRole("region", { name: /Prochaines sessions/ });
    await expect(upcoming.getByText("Inscription en attente").first()).toBeVisible();
    const ended = page.getByRole("region", { name: /Sessions terminées/ });
    const social = ended.getByRole("article", {
      name: "Comptables : s'initier au social pour mieux communiquer",
    });
    const certificate = social.getByRole("link", { name: "Attestation de formation (PDF)" });
    await expect(certificate).toBeVisible();
    const response = await page.request.get((await certificate.getAttribute("href"))!);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("application/pdf");
  });

  test("registers a collaborator to a session of the catalogue", async ({ page }) => {
    await signInAs(page, ACCOUNTS.manager);
    await openCompany(page);
    await nav(page).getByRole("link", { name: "Inscrire" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Inscrire des collaborateurs" }),
    ).toBeVisible();
    const row = page
      .getByRole("table", { name: "Sessions ouvertes aux inscriptions" })
      .getByRole("row")
      .filter({ has: page.getByRole("link", { name: /^Inscrire à/ }) })
      .filter({ hasNotText: "SAFIR" })
      .first();
    await row.getByRole("link", { name: /^Inscrire à/ }).click();

    const form = page.getByRole("group", { name: "Collaborateurs à inscrire" });
    // Neither Claire nor Thomas: other spec files count their sessions.
    const labels = form
      .locator("label")
      .filter({ hasNotText: /Claire Martin|Thomas Bernard|déjà inscrit/ });
    await expect(labels.first()).toBeVisible();
    const name = (await labels.first().locator("span.font-medium").textContent())!;
    await labels.first().getByRole("checkbox").check();
    await page.getByRole("button", { name: "Inscrire les collaborateurs choisis" }).click();
    await expect(
      page.getByRole("status").filter({ hasText: "1 inscription enregistrée" }),
    ).toContainText(/Réf commande : C\d{11}/);
    await expect(form.locator("label").filter({ hasText: name })).toContainText("déjà inscrit");

    // The order is the company's.
    const reference = (await page.getByRole("status").textContent())!.match(/C\d{11}/)![0];
    await nav(page).getByRole("link", { name: "Commandes" }).click();
    await expect(page.getByRole("row").filter({ hasText: reference })).toContainText(name);
  });

  test("another company's space and a participant's visit answer 404", async ({
    page,
    browser,
  }) => {
    await signInAs(page, ACCOUNTS.manager);
    const home = await openCompany(page);
    const other = await page.goto("/entreprise/not-our-company/factures");
    expect(other?.status()).toBe(404);
    const doc = await page.request.get(`${home}/documents/not-a-registration/attestation`);
    expect(doc.status()).toBe(404);

    const claire = await browser.newPage();
    await signInAs(claire, ACCOUNTS.claire);
    expect((await claire.goto(home))?.status()).toBe(404);
    expect((await claire.goto(`${home}/collaborateurs`))?.status()).toBe(404);
    await claire.close();
  });

  test("after losing invoices.view, no longer reaches the invoices", async ({ page }) => {
    await signInAs(page, ACCOUNTS.manager);
    const home = await openCompany(page);
    await nav(page).getByRole("link", { name: "Factures" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Factures" })).toBeVisible();

    await setInvoicesView(page, home, false);
    expect((await page.goto(`${home}/factures`))?.status()).toBe(404);
    await page.goto(home);
    await expect(nav(page).getByRole("link", { name: "Factures" })).toHaveCount(0);
    await expect(nav(page).getByRole("link", { name: "Commandes" })).toBeVisible();

    // Given back, so that a reused server and the other specs see the seeded manager.
    await setInvoicesView(page, home, true);
    expect((await page.goto(`${home}/factures`))?.status()).toBe(200);
  });
});

async function setInvoicesView(page: Page, home: string, granted: boolean) {
  await page.goto(`${home}/habilitations`);
  const julien = page.getByRole("form", { name: /Julien Delorme/ });
  const box = julien.getByRole("checkbox", { name: "Voir les factures et règlements" });
  await box.setChecked(granted);
  await julien
    .getByRole("button", { name: "Enregistrer les habilitations de Julien Delorme" })
    .click();
  await expect(julien.getByRole("status")).toContainText("Habilitations enregistrées");
}
