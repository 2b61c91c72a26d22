import { ACCOUNTS, signInAs } from "./support/accounts";
import { expect, test } from "./support/test";

// Completes Claire's guide module (on this file's own copy of the demo: the card tests read it untouched).
test("the guide's e-learning module: complete UA1, see En cours then Terminé and the bar move", async ({
  page,
}) => {
  await signInAs(page, ACCOUNTS.claire);
  await page
    .getByRole("article", {
      name: "Avantages en nature : identifier, calculer et sécuriser (e-learning)",
    })
    .getByRole("link", { name: "Accéder au module" })
    .click();
  const units = page.getByRole("navigation", { name: /Module e-learning/ });
  await expect(units.getByRole("heading")).toContainText("Non commencé");
  await expect(units.getByText("0/2 unités terminées")).toBeVisible();

  const ua1 = units.getByRole("link", { name: /UA1 - Définition, principes et caractéristiques/ });
  await ua1.click();
  await expect(page.getByRole("heading", { level: 2, name: /^UA1 - / })).toBeVisible();
  // The unit's first heartbeat, a server action sent once the page is up, records the start:
  // a reload before it is answered still reads "Non commencé" (a flaky CI run, 07/12).
  await expect(async () => {
    await page.reload();
    await expect(units.getByRole("link", { name: /UA1/ })).toContainText("En cours", {
      timeout: 1_000,
    });
  }).toPass({ timeout: 15_000 });
  await expect(units.getByRole("heading")).toContainText("En cours");

  await page.getByRole("button", { name: "Marquer l'unité comme terminée" }).click();
  await expect(units.getByRole("link", { name: /UA1/ })).toContainText("Terminé");
  await expect(units.getByText("1/2 unités terminées")).toBeVisible();
  await expect(units.getByRole("progressbar")).toHaveAttribute("value", "1");
});
