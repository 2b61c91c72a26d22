import { ACCOUNTS, signInAs } from "./support/accounts";
import { waitForMail } from "./support/outbox";
import { expect, test } from "./support/test";

/*
 * "Inviter un membre" with the "Comptabilité" role: the person accepts the
 * invitation and sees only orders and invoices. Then the manager removes
 * them. A new address each run: other spec files share this database.
 */

test("the manager invites an accountant, who accepts and sees only orders and invoices", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const email = `comptable-${Date.now()}-${Math.floor(Math.random() * 1e6)}@exemple.test`;
  const manager = await browser.newPage();
  await signInAs(manager, ACCOUNTS.manager);
  await manager.goto("/entreprise");
  await manager
    .getByRole("navigation", { name: "Espace entreprise" })
    .getByRole("link", { name: "Habilitations" })
    .click();

  const form = manager.getByRole("form", { name: "Inviter un membre" });
  // Bad input first: French field errors, nothing sent.
  await form.getByLabel("Adresse e-mail").fill("pas-une-adresse");
  await form.getByRole("button", { name: "Inviter" }).click();
  await expect(form.getByText("Adresse e-mail invalide.")).toBeVisible();
  await expect(form.getByText("Indiquez le prénom.")).toBeVisible();

  await form.getByLabel("Adresse e-mail").fill(email);
  await form.getByLabel("Prénom").fill("Camille");
  await form.getByLabel("Nom", { exact: true }).fill("Compta");
  await form.getByLabel("Rôle").selectOption({ label: "Comptabilité" });
  await form.getByRole("button", { name: "Inviter" }).click();
  await expect(form.getByRole("status")).toHaveText(`Invitation envoyée à ${email}.`);
  await expect(manager.getByRole("heading", { name: "Camille Compta" })).toBeVisible();

  const mail = await waitForMail(email, /Votre espace entreprise Parcours vous attend/);
  const link = mail.text.match(/https?:\/\/\S+\/invitation\/[\w-]+/)?.[0];
  expect(link).toBeDefined();

  const context = await browser.newContext();
  const member = await context.newPage();
  await member.goto(new URL(link!).pathname);
  await member.getByLabel("Nouveau mot de passe").fill("une phrase de passe solide");
  await member.getByLabel("Confirmez le mot de passe").fill("une phrase de passe solide");
  await member.getByRole("button", { name: "Enregistrer mon mot de passe" }).click();
  await expect(member).toHaveURL(/\/entreprise\/[\w-]+$/, { timeout: 20_000 });
  const nav = member.getByRole("navigation", { name: "Espace entreprise" });
  await expect(nav.getByRole("link", { name: "Commandes" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Factures" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Collaborateurs" })).toHaveCount(0);
  await expect(nav.getByRole("link", { name: "Habilitations" })).toHaveCount(0);
  const base = new URL(member.url()).pathname;
  expect((await member.goto(`${base}/collaborateurs`))!.status()).toBe(404);
  expect((await member.goto(`${base}/factures`))!.status()).toBe(200);

  // "Retirer": the space closes for them at their next request.
  await manager.reload();
  await manager.getByRole("button", { name: "Retirer Camille Compta de l'entreprise" }).click();
  await manager.getByRole("button", { name: "Confirmer le retrait de Camille Compta" }).click();
  await expect(manager.getByRole("heading", { name: "Camille Compta" })).toHaveCount(0);
  expect((await member.goto(`${base}/factures`))!.status()).toBe(404);
  await context.close();
});

test("the last manager cannot be removed", async ({ page }) => {
  await signInAs(page, ACCOUNTS.manager);
  await page.goto("/entreprise");
  await page
    .getByRole("navigation", { name: "Espace entreprise" })
    .getByRole("link", { name: "Habilitations" })
    .click();
  await page.getByRole("button", { name: "Retirer Julien Delorme de l'entreprise" }).click();
  await page.getByRole("button", { name: "Confirmer le retrait de Julien Delorme" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "habilitations" }).first()).toBeVisible();
});
