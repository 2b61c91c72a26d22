import { ACCOUNTS, scrollsHorizontally, signInAs } from "./support/accounts";
import { expect, test } from "./support/test";

// Sophie's e-learning is half done in the demo; Claire's guide module stays untouched for the other tests.
test("a participant reads a unit, completes it and asks the trainer a question, with the keyboard", async ({
  page,
}) => {
  await signInAs(page, ACCOUNTS.sophie);
  await page.getByRole("link", { name: "Accéder au module" }).first().click();
  await expect(page).toHaveURL(/\/module$/);
  const units = page.getByRole("navigation", { name: /Module e-learning/ });
  await expect(units.getByRole("link").first()).toBeVisible();
  const unitCount = await units.getByRole("link").count();
  expect(unitCount).toBeGreaterThanOrEqual(2);

  // Open the last unit and mark it done.
  const lastUnit = units.getByRole("link").last();
  const label = (await lastUnit.locator("span").first().textContent())!.trim();
  await lastUnit.click();
  await expect(page.getByRole("heading", { level: 2, name: label })).toBeVisible();
  const done = page.getByRole("button", { name: "Marquer l'unité comme terminée" });
  if (await done.isVisible()) {
    await done.focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("status").filter({ hasText: "Unité terminée." })).toBeVisible();
  }
  await expect(units.getByRole("link", { name: label })).toContainText("Terminé");

  const question = page.getByLabel("Votre question");
  await question.focus();
  await page.keyboard.type("Court ?");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(page.getByText("Votre question doit compter au moins 10 caractères.")).toBeVisible();
  await question.fill("Les exemples de l'unité valent-ils aussi pour les associations ?");
  await page.getByRole("button", { name: "Envoyer ma question" }).press("Enter");
  await expect(
    page.getByRole("status").filter({ hasText: "Votre question a été envoyée au formateur." }),
  ).toBeVisible();
  await expect(
    page.getByText("Les exemples de l'unité valent-ils aussi pour les associations ?"),
  ).toBeVisible();
});

test("another participant gets 404 on the module", async ({ browser }) => {
  const sophie = await browser.newPage();
  await signInAs(sophie, ACCOUNTS.sophie);
  const href = await sophie
    .getByRole("link", { name: "Accéder au module" })
    .first()
    .getAttribute("href");
  await sophie.close();
  const claire = await browser.newPage();
  await signInAs(claire, ACCOUNTS.claire);
  expect((await claire.goto(href!))?.status()).toBe(404);
  await claire.close();
});

test.describe("at 360 px", () => {
  test.use({ viewport: { width: 360, height: 740 } });
  test("the module page needs no horizontal scrolling", async ({ page }) => {
    await signInAs(page, ACCOUNTS.sophie);
    await page.getByRole("link", { name: "Accéder au module" }).first().click();
    await expect(page.getByRole("main")).toBeVisible();
    expect(await scrollsHorizontally(page)).toBe(false);
  });
});
