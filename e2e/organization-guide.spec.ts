import { ACCOUNTS, signInAs } from "./support/accounts";
import { waitForMail } from "./support/outbox";
import { expect, test } from "./support/test";

/*
 * The guide's own flow (on this file's own copy of the demo, where Claire's
 * "FORMATION SAFIR 2" is pending as every other spec reads it). The session
 * asks for a positioning test before confirmation: Claire answers it, the
 * organization confirms her registration, then moves its place: Claire's card
 * turns confirmed, and her outbox holds the confirmation with the convocation
 * and the notice of the change (Qualiopi indicator 9).
 */
const SESSION = "FORMATION SAFIR 2";

test("Claire answers FORMATION SAFIR 2's positioning test, the organization confirms her, then changes its place", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const claire = await (await browser.newContext()).newPage();
  await signInAs(claire, ACCOUNTS.claire);
  const card = claire.getByRole("article", { name: SESSION, exact: true });
  await card.getByRole("link", { name: "Répondre au test de positionnement" }).click();
  await expect(
    claire.getByRole("heading", { level: 1, name: "Test de positionnement" }),
  ).toBeVisible();
  for (const question of await claire
    .getByRole("group")
    .filter({ has: claire.getByRole("radio") })
    .all()) {
    await question.getByRole("radio").first().check();
  }
  await claire.getByRole("button", { name: "Envoyer mes réponses" }).click();
  await claire.getByRole("button", { name: "Confirmer l'envoi" }).click();
  await expect(
    claire.getByRole("heading", { name: "Vos réponses ont bien été envoyées" }),
  ).toBeVisible();

  const staff = await browser.newPage();
  await signInAs(staff, ACCOUNTS.organisme);
  await staff.goto("/organisme");
  await staff.getByLabel("Rechercher (formation ou référence)").fill(SESSION);
  await staff.getByRole("button", { name: "Rechercher" }).click();
  await staff.getByRole("link", { name: SESSION, exact: true }).click();
  await expect(staff.getByRole("heading", { level: 1, name: SESSION })).toBeVisible();

  await staff.getByRole("button", { name: "Confirmer l'inscription de Claire Martin" }).click();
  await expect(
    staff.getByRole("status").filter({ hasText: "Claire Martin : inscription confirmée." }),
  ).toBeVisible();

  await claire.goto("/sessions");
  await expect(card.getByText("Inscription confirmée")).toBeVisible();
  await expect(
    card.getByRole("link", { name: "Afficher les détails de la session" }),
  ).toBeVisible();

  const confirmation = await waitForMail(
    ACCOUNTS.claire,
    /^Inscription confirmée : FORMATION SAFIR 2/,
  );
  expect(confirmation.attachments).toEqual([
    expect.objectContaining({
      contentType: "application/pdf",
      filename: expect.stringMatching(/^Convocation /),
    }),
  ]);

  // The place changes: the participants are told what changed.
  await staff.getByRole("link", { name: "Modifier la session" }).click();
  await expect(staff.getByRole("heading", { level: 1, name: "Modifier la session" })).toBeVisible();
  await staff.getByLabel("Lieu indiqué sur la carte (facultatif)").fill("Dijon – salle Vauban");
  await staff.getByRole("button", { name: "Enregistrer et prévenir les participants" }).click();
  await expect(staff.getByRole("status").filter({ hasText: "Session modifiée" })).toBeVisible();

  const notice = await waitForMail(
    ACCOUNTS.claire,
    /^Modification de votre session : FORMATION SAFIR 2/,
  );
  expect(notice.text).toContain("Dijon – salle Vauban");
  await claire.reload();
  await expect(card).toContainText("Dijon – salle Vauban");
});
