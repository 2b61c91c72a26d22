import type { Locator, Page } from "@playwright/test";
import { ACCOUNTS, signInAs } from "./support/accounts";
import { expect, test } from "./support/test";

/**
 * The training cycle's questionnaires, answered with the keyboard alone: Tab
 * to move, arrows and Space in the choices, Enter on links and buttons. Claire
 * answers the guide's positioning test (FORMATION SAFIR 2) and her ended
 * ASFODEM session's validation test and satisfaction survey.
 */
const SAFIR2 = "FORMATION SAFIR 2";
const ASFODEM = "Comptables : s'initier au social pour mieux communiquer";

const card = (page: Page, title: string) => page.getByRole("article", { name: title, exact: true });
const isFocused = (target: Locator) => target.evaluate((el) => el === document.activeElement);

/** Presses Tab until the target has the focus: it proves the target is reachable by keyboard. */
async function tabTo(page: Page, target: Locator) {
  for (let i = 0; i < 150; i++) {
    await page.keyboard.press("Tab");
    if (await isFocused(target)) return;
  }
  throw new Error("Impossible d'atteindre l'élément au clavier");
}

/** Tab into a radio group, then arrows to the wanted option, Space to check it. */
async function chooseRadio(page: Page, group: Locator, target: Locator) {
  for (let i = 0; i < 150; i++) {
    await page.keyboard.press("Tab");
    if (await group.evaluate((el) => el.contains(document.activeElement))) break;
  }
  for (let i = 0; i < 12 && !(await isFocused(target)); i++)
    await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Space");
  await expect(target).toBeChecked();
}

/** Sends the form and confirms: the confirmation takes the focus. */
async function submitAndConfirm(page: Page) {
  await tabTo(page, page.getByRole("button", { name: "Envoyer mes réponses" }));
  await page.keyboard.press("Enter");
  const confirm = page.getByRole("button", { name: "Confirmer l'envoi" });
  await expect(confirm).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(
    page.getByRole("heading", { name: "Vos réponses ont bien été envoyées" }),
  ).toBeFocused();
}

async function followLink(page: Page, link: Locator) {
  await tabTo(page, link);
  await page.keyboard.press("Enter");
}

test("the positioning test is answered before confirmation and leaves the card", async ({
  page,
}) => {
  await signInAs(page, ACCOUNTS.claire);
  await followLink(
    page,
    card(page, SAFIR2).getByRole("link", { name: "Répondre au test de positionnement" }),
  );
  await expect(page).toHaveURL(/\/questionnaires\/positionnement$/);
  await expect(
    page.getByRole("heading", { level: 1, name: "Test de positionnement" }),
  ).toBeVisible();
  await expect(
    page.getByText(/^À compléter avant le \d\d\/\d\d\/\d{4} à \d{1,2}h\d\d$/),
  ).toBeVisible();
  // The answer key stays on the server.
  expect(await page.content()).not.toContain("isCorrect");

  const questions = page.getByRole("group").filter({ has: page.getByRole("radio") });
  await expect(questions).toHaveCount(2);
  for (const question of await questions.all()) {
    await chooseRadio(page, question, question.getByRole("radio").nth(1));
  }
  await submitAndConfirm(page);
  await expect(page.getByText(/^Votre note : \d\/2$/)).toBeVisible();

  await followLink(page, page.getByRole("link", { name: "Retour à mes sessions" }));
  await expect(page.getByRole("heading", { level: 1, name: "Mes sessions" })).toBeVisible();
  await expect(
    card(page, SAFIR2).getByRole("link", { name: "Répondre au test de positionnement" }),
  ).toHaveCount(0);
});

test("the validation test keeps a draft, then shows the score on the page and the card", async ({
  page,
}) => {
  await signInAs(page, ACCOUNTS.claire);
  await page.goto("/sessions?vue=terminees&q=06230008");
  const asfodem = card(page, ASFODEM);
  await expect(asfodem.getByRole("list", { name: "Questionnaires" })).toContainText(
    /Validation des acquis.*à compléter avant le \d\d\/\d\d\/\d{4}/,
  );
  await followLink(page, asfodem.getByRole("link", { name: "Commencer mon test" }));
  await expect(page).toHaveURL(/\/questionnaires\/validation$/);
  await expect(
    page.getByRole("heading", { level: 1, name: "Test de validation des acquis" }),
  ).toBeVisible();

  const questions = page.getByRole("group").filter({ hasText: /^\d\. / });
  const single = questions.filter({ has: page.getByRole("radio") });
  const multiple = questions.filter({ has: page.getByRole("checkbox") });
  await expect(single).toHaveCount(2);
  await expect(multiple).toHaveCount(1);

  // A first answer, saved as a draft, is there when she comes back.
  await chooseRadio(page, single.first(), single.first().getByRole("radio").first());
  await tabTo(page, page.getByRole("button", { name: "Enregistrer le brouillon" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status")).toContainText(/Brouillon enregistré le \d\d\/\d\d\/\d{4}/);
  await page.reload();
  await expect(single.first().getByRole("radio").first()).toBeChecked();

  // Submitting without the other answers points at them.
  await tabTo(page, page.getByRole("button", { name: "Envoyer mes réponses" }));
  await page.keyboard.press("Enter");
  await expect(
    page.getByRole("alert").filter({ hasText: "2 réponses sont à compléter ou à corriger" }),
  ).toBeVisible();
  await expect(multiple.getByRole("checkbox").first()).toBeFocused();
  await expect(multiple).toContainText("Cochez au moins une réponse.");

  await page.keyboard.press("Space");
  await expect(multiple.getByRole("checkbox").first()).toBeChecked();
  await chooseRadio(page, single.last(), single.last().getByRole("radio").nth(2));
  await submitAndConfirm(page);
  await expect(page.getByText(/^Votre note : \d\/4$/)).toBeVisible();
  const score = (await page.getByText(/^Votre note : \d\/4$/).textContent())!.replace(
    "Votre note : ",
    "",
  );

  await page.goto("/sessions?vue=terminees&q=06230008");
  const entries = card(page, ASFODEM).getByRole("list", { name: "Questionnaires" });
  const validation = entries.getByRole("listitem").filter({ hasText: "Validation des acquis" });
  await expect(validation).toContainText("Terminé");
  await expect(validation).toContainText(`Note ${score}`);
  await expect(validation.getByRole("link")).toHaveCount(0);
});

test("the satisfaction survey takes scales and free text, then reads done", async ({ page }) => {
  await signInAs(page, ACCOUNTS.claire);
  await page.goto("/sessions?vue=terminees&q=06230008");
  await followLink(page, card(page, ASFODEM).getByRole("link", { name: "Saisir ma satisfaction" }));
  await expect(
    page.getByRole("heading", { level: 1, name: "Questionnaire de satisfaction" }),
  ).toBeVisible();

  const scales = page.getByRole("group").filter({ has: page.getByRole("radio") });
  const count = await scales.count();
  expect(count).toBeGreaterThanOrEqual(4);
  for (let i = 0; i < count; i++) {
    const scale = scales.nth(i);
    const value = (await scale.getByRole("radio").count()) === 11 ? "9" : "4";
    await chooseRadio(page, scale, scale.getByRole("radio", { name: value, exact: true }));
  }
  await tabTo(page, page.getByLabel(/Qu'avez-vous le plus apprécié \?/));
  await page.keyboard.type("Les cas pratiques sur les bulletins de paie.");
  await submitAndConfirm(page);
  await expect(
    page.getByText("Merci : votre avis aide l'organisme à améliorer ses formations."),
  ).toBeVisible();

  await page.goto("/sessions?vue=terminees&q=06230008");
  const satisfaction = card(page, ASFODEM)
    .getByRole("list", { name: "Questionnaires" })
    .getByRole("listitem")
    .filter({ hasText: "Satisfaction" });
  await expect(satisfaction).toContainText("Terminé");
  await expect(satisfaction.getByRole("link")).toHaveCount(0);
});

test("another participant gets 404 on Claire's questionnaires", async ({ browser }) => {
  const claire = await browser.newPage();
  await signInAs(claire, ACCOUNTS.claire);
  await claire.goto("/sessions?vue=terminees&q=06230008");
  const sheet = await card(claire, ASFODEM)
    .getByRole("link", { name: "Voir la fiche pédagogique" })
    .getAttribute("href");
  const registration = sheet!.replace(/\/fiche$/, "");
  await claire.close();

  const thomas = await browser.newPage();
  await signInAs(thomas, ACCOUNTS.thomas);
  for (const kind of ["positionnement", "validation", "satisfaction"]) {
    const response = await thomas.goto(`${registration}/questionnaires/${kind}`);
    expect(response?.status(), kind).toBe(404);
    await expect(thomas.getByRole("heading", { name: "Page introuvable" })).toBeVisible();
  }
  await thomas.close();
});
