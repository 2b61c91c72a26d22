import { ACCOUNTS, scrollsHorizontally, signInAs } from "./support/accounts";
import { expect, test } from "./support/test";

test.use({ viewport: { width: 360, height: 740 } });

test("sign-in works at 360 px without horizontal scrolling", async ({ page }) => {
  await page.goto("/connexion");
  expect(await scrollsHorizontally(page)).toBe(false);
  await signInAs(page, ACCOUNTS.claire);
  await expect(page.getByRole("heading", { level: 1, name: "Mes sessions" })).toBeVisible();
});

for (const path of ["/sessions", "/commandes", "/factures", "/confidentialite"]) {
  test(`${path} fits a 360 px screen`, async ({ page }) => {
    await signInAs(page, ACCOUNTS.claire);
    await page.goto(path);
    await expect(page.getByRole("main")).toBeVisible();
    expect(await scrollsHorizontally(page)).toBe(false);
  });
}
