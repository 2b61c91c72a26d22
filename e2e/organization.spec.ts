import type { Page } from "@playwright/test";
import { ACCOUNTS, signInAs } from "./support/accounts";
import { waitForMail } from "./support/outbox";
import { expect, test } from "./support/test";

/*
 * The organization's back office end to end. Other spec files share this
 * seeded database and assert on Claire's pending "FORMATION SAFIR 2", so this
 * file leaves every seeded registration alone: it registers a person of its
 * own (a new e-mail) to "FORMATION SAFIR 3" (CRFC Centre-Est, no positioning
 * test required), and confirms that pending registration. The guide's own
 * confirmation of SAFIR 2 runs last, in organization-guide.spec.ts.
 */
const SESSION = "FORMATION SAFIR 3";

async function openSession(page: Page) {
  await page.goto("/organisme");
  await page.getByLabel("Rechercher (formation ou référence)").fill(SESSION);
  await page.getByRole("button", { name: "Rechercher" }).click();
  await page.getByRole("link", { name: SESSION, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: SESSION })).toBeVisible();
}

test("registering a new e-mail invites; the link sets a password once; confirming sends the convocation", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const email = `e2e-${Date.now()}-${Math.floor(Math.random() * 1e6)}@exemple.test`;
  const staff = await browser.newPage();
  await signInAs(staff, ACCOUNTS.organisme);
  await openSession(staff);

  // The registration form (the page also has the trainers' form, with its own names).
  const byEmail = staff.getByRole("region", { name: /Inscrire une personne par e-mail/ });
  await byEmail.getByLabel("Adresse e-mail du participant").fill(email);
  await byEmail.getByLabel("Prénom").fill("Inès");
  await byEmail.getByLabel("Nom", { exact: true }).fill("Testeuse");
  await staff.getByRole("button", { name: "Inscrire", exact: true }).click();
  await expect(
    staff.getByRole("status").filter({ hasText: "une invitation lui a été envoyée" }),
  ).toBeVisible();

  const invitation = await waitForMail(email, /Votre espace Parcours vous attend/);
  const link = invitation.text.match(/https?:\/\/\S+\/invitation\/[\w-]+/)?.[0];
  expect(link).toBeDefined();
  const invitationPath = new URL(link!).pathname;

  // The new participant follows the link, chooses a password and is signed in.
  const context = await browser.newContext();
  const participant = await context.newPage();
  await participant.goto(invitationPath);
  await participant.getByLabel("Nouveau mot de passe").fill("une phrase de passe solide");
  await participant.getByLabel("Confirmez le mot de passe").fill("une phrase de passe solide");
  await participant.getByRole("button", { name: "Enregistrer mon mot de passe" }).click();
  await expect(participant).toHaveURL(/\/sessions$/, { timeout: 20_000 });
  const card = participant.getByRole("article", { name: SESSION, exact: true });
  await expect(card.getByText("Inscription en attente")).toBeVisible();

  // The organization confirms that pending registration.
  await staff.reload();
  await staff.getByRole("button", { name: "Confirmer l'inscription de Inès Testeuse" }).click();
  await expect(
    staff.getByRole("status").filter({ hasText: "Inès Testeuse : inscription confirmée." }),
  ).toBeVisible();

  await participant.reload();
  await expect(card.getByText("Inscription confirmée")).toBeVisible();
  await expect(
    card.getByRole("link", { name: "Afficher les détails de la session" }),
  ).toBeVisible();

  const confirmation = await waitForMail(email, /^Inscription confirmée : FORMATION SAFIR 3/);
  expect(confirmation.attachments).toEqual([
    expect.objectContaining({
      contentType: "application/pdf",
      filename: expect.stringMatching(/^Convocation /),
    }),
  ]);
  expect(confirmation.attachments[0]!.size).toBeGreaterThan(1000);

  // The link served once: it now fails with a French message.
  const again = await browser.newPage();
  await again.goto(invitationPath);
  await expect(
    again.getByRole("alert").filter({ hasText: "Ce lien a déjà été utilisé." }),
  ).toBeVisible();
  await expect(again.getByLabel("Nouveau mot de passe")).toHaveCount(0);
  await context.close();
});

test("staff of the organization see its sessions only; another's session is 404", async ({
  page,
}) => {
  await signInAs(page, ACCOUNTS.organisme);
  await page.goto("/organisme");
  await expect(page.getByRole("link", { name: "FORMATION SAFIR 3", exact: true })).toBeVisible();
  // "Pack Actualités" is SUPEXPRTISE Paris's: not listed.
  await page.getByLabel("Rechercher (formation ou référence)").fill("Pack Actualités");
  await page.getByRole("button", { name: "Rechercher" }).click();
  await expect(page.getByText("Aucune session ne correspond à cette recherche.")).toBeVisible();
  const response = await page.goto("/organisme/sessions/not-a-session-of-ours");
  expect(response?.status()).toBe(404);
});

test("a participant cannot enter the back office (404)", async ({ page }) => {
  await signInAs(page, ACCOUNTS.thomas);
  const response = await page.goto("/organisme");
  expect(response?.status()).toBe(404);
});

test("attendance marked in the back office makes the certificate rule pass, and the participant is told", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const staff = await browser.newPage();
  await signInAs(staff, ACCOUNTS.organisme);
  await staff.goto("/organisme?periode=terminees");
  const sessionLinks = await staff
    .getByRole("main")
    .getByRole("link")
    .filter({ hasNotText: /Sessions terminées|Sessions à venir/ })
    .evaluateAll((links) =>
      links
        .map((a) => a.getAttribute("href") ?? "")
        .filter((href) => /^\/organisme\/sessions\/[\w-]+$/.test(href)),
    );

  // An ended session whose certificate needs full attendance, and a participant of a
  // firm no other spec reads, with a sitting missed: the seed issued no certificate.
  let target: { href: string; title: string; name: string; email: string } | null = null;
  for (const href of sessionLinks.slice(0, 20)) {
    await staff.goto(href);
    if ((await staff.getByLabel("Condition de délivrance").inputValue()) !== "ATTENDANCE") continue;
    if ((await staff.getByLabel("Présence minimale (%)").inputValue()) !== "100") continue;
    const missed = staff
      .getByRole("radio", { name: /Absent|Excusé/, checked: true, includeHidden: true })
      .first();
    if ((await missed.count()) === 0) continue;
    const name = (await missed.locator("xpath=ancestor::fieldset[1]/legend").textContent())!.trim();
    const row = staff.getByRole("row").filter({ hasText: name }).first();
    const rowText = (await row.textContent()) ?? "";
    const address = row.getByText(/^[\w.+-]+@exemple\.test$/);
    if ((await address.count()) === 0 || rowText.includes("Cabinet Delorme")) continue;
    const email = (await address.first().textContent())!.trim();
    const title = (await staff.getByRole("heading", { level: 1 }).textContent())!.trim();
    target = { href, title, name, email };
    break;
  }
  expect(target, "an ended session with a missed sitting").not.toBeNull();
  const { href, title, name, email } = target!;

  const participant = await (await browser.newContext()).newPage();
  await signInAs(participant, email);
  await participant.goto("/sessions?vue=terminees");
  await participant
    .getByRole("article", { name: title, exact: true })
    .first()
    .getByRole("link", { name: "Afficher les détails de la session" })
    .click();
  await expect(participant.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(participant.getByRole("link", { name: "Mon attestation de formation" })).toHaveCount(
    0,
  );

  // Émargement: present at every sitting.
  await staff.goto(href);
  const sheets = staff.getByRole("form", { name: /^Émargement : /, includeHidden: true });
  const count = await sheets.count();
  for (let i = 0; i < count; i++) {
    const sheet = sheets.nth(i);
    await sheet.locator("xpath=ancestor::details[1]/summary").click();
    await sheet.getByRole("group", { name }).getByRole("radio", { name: "Présent" }).check();
    await sheet.getByRole("button", { name: "Enregistrer l'émargement" }).click();
    await expect(sheet.getByRole("status")).toContainText(/Émargement (enregistré|déjà à jour)/);
  }

  await participant.reload();
  await expect(
    participant.getByRole("link", { name: "Mon attestation de formation" }),
  ).toBeVisible();
  const notice = await waitForMail(email, /^Votre attestation de formation est disponible/);
  expect(notice.text).toContain(title);
});
