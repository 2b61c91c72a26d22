import fs from "node:fs/promises";
import type { Page } from "@playwright/test";
import { ACCOUNTS, signIn, signInAs } from "./support/accounts";
import { waitForMail } from "./support/outbox";
import { expect, test } from "./support/test";

/*
 * "Mes données" (GDPR). Every spec shares one seeded database: the download
 * only reads Claire's data; the erasure uses a person of its own, registered
 * by the organization to "FORMATION SAFIR 3" under a new e-mail (as
 * organization.spec.ts does), so no demo account is touched.
 */
const SESSION = "FORMATION SAFIR 3";

test("Mes données downloads the participant's data as one JSON file", async ({ page }) => {
  await signInAs(page, ACCOUNTS.claire);
  await page
    .getByRole("navigation", { name: "Espace participant" })
    .getByRole("link", { name: "Mes données" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Mes données" })).toBeVisible();

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Télécharger mes données (JSON)" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^mes-données-parcours-\d{4}-\d\d-\d\d\.json$/);
  const body = JSON.parse(await fs.readFile((await download.path())!, "utf8")) as {
    data: { User: { email: string; lastName: string }; Registration: unknown[] };
    documents: { type: string; url: string }[];
  };
  expect(body.data.User).toMatchObject({ email: ACCOUNTS.claire, lastName: "Martin" });
  expect(body.data.Registration.length).toBeGreaterThan(0);
  expect(body.documents.map((d) => d.type)).toEqual(
    expect.arrayContaining(["Convocation", "Attestation de formation"]),
  );

  // The privacy notice leads to the page too.
  await page.goto("/confidentialite");
  await page.getByRole("main").getByRole("link", { name: "Mes données" }).click();
  await expect(page).toHaveURL(/\/mes-donnees$/);
});

async function registerNewPerson(staff: Page, email: string) {
  await signInAs(staff, ACCOUNTS.organisme);
  await staff.goto("/organisme");
  await staff.getByLabel("Rechercher (formation ou référence)").fill(SESSION);
  await staff.getByRole("button", { name: "Rechercher" }).click();
  await staff.getByRole("link", { name: SESSION, exact: true }).click();
  // The registration form (the page also has the trainers' form, with its own names).
  const byEmail = staff.getByRole("region", { name: /Inscrire une personne par e-mail/ });
  await byEmail.getByLabel("Adresse e-mail du participant").fill(email);
  await byEmail.getByLabel("Prénom").fill("Gaspard");
  await byEmail.getByLabel("Nom", { exact: true }).fill("Effaçable");
  await staff.getByRole("button", { name: "Inscrire", exact: true }).click();
  await expect(
    staff.getByRole("status").filter({ hasText: "une invitation lui a été envoyée" }),
  ).toBeVisible();
}

test("erasing my data closes the account, signs me out and anonymises me for the organization", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const email = `effacement-${Date.now()}-${Math.floor(Math.random() * 1e6)}@exemple.test`;
  const password = "une phrase de passe solide";
  const staff = await browser.newPage();
  await registerNewPerson(staff, email);
  await expect(staff.getByText("Gaspard Effaçable").first()).toBeVisible();

  const invitation = await waitForMail(email, /Votre espace Parcours vous attend/);
  const link = invitation.text.match(/https?:\/\/\S+\/invitation\/[\w-]+/)?.[0];
  expect(link).toBeDefined();
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(new URL(link!).pathname);
  await page.getByLabel("Nouveau mot de passe").fill(password);
  await page.getByLabel("Confirmez le mot de passe").fill(password);
  await page.getByRole("button", { name: "Enregistrer mon mot de passe" }).click();
  await expect(page).toHaveURL(/\/sessions$/, { timeout: 20_000 });

  await page.goto("/mes-donnees");
  const erase = page.getByRole("button", { name: "Supprimer définitivement mes données" });
  // Another address than the account's is refused, in French, and nothing happens.
  await page.getByLabel("Adresse e-mail de votre compte").fill(ACCOUNTS.claire);
  await page.getByLabel("Pour confirmer, saisissez SUPPRIMER").fill("SUPPRIMER");
  await erase.click();
  await expect(page.getByText("Cette adresse n'est pas celle de votre compte.")).toBeVisible();
  await expect(page).toHaveURL(/\/mes-donnees$/);

  await page.getByLabel("Adresse e-mail de votre compte").fill(email);
  await erase.click();
  await expect(page).toHaveURL(/\/connexion\?compte=anonymise$/, { timeout: 20_000 });
  await expect(
    page.getByRole("status").filter({ hasText: "Vos données personnelles ont été effacées" }),
  ).toBeVisible();

  // Signed out, and the account no longer opens.
  await page.goto("/mes-donnees");
  await expect(page).toHaveURL(/\/connexion/);
  await signIn(page, email, password);
  await expect(page.getByText("Adresse e-mail ou mot de passe incorrect")).toBeVisible();

  // The organization keeps the registration, without the name.
  await staff.reload();
  await expect(staff.getByText("Gaspard Effaçable")).toHaveCount(0);
  await expect(staff.getByText("Participant anonymisé").first()).toBeVisible();
  await context.close();
});
