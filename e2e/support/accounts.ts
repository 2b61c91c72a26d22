import { expect, type Page } from "@playwright/test";

/** The demo accounts of the README (all share one password). */
export const DEMO_PASSWORD = "parcours-demo";
export const ACCOUNTS = {
  claire: "participant@demo.test",
  thomas: "participant2@demo.test",
  sophie: "particulier@demo.test",
  manager: "manager@demo.test",
  organisme: "organisme@demo.test",
  formateur: "formateur@demo.test",
  stagiaire: "stagiaire@demo.test",
  controleur: "controleur@demo.test",
  controleur2: "controleur2@demo.test",
  principal: "controle.principal@demo.test",
  stagiaire3: "stagiaire3@demo.test",
  maitre2: "maitre2@demo.test",
} as const;

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/connexion");
  await submitSignIn(page, email, password);
}

/** Fills and sends the sign-in form of the current page (keeps its callbackUrl). */
export async function submitSignIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe").fill(password);
  await page.getByRole("button", { name: "Se connecter" }).click();
}

export async function signInAs(page: Page, email: string) {
  await signIn(page, email);
  // Sign-in hashes the password (scrypt): allow for a slow, busy machine.
  await expect(page).not.toHaveURL(/\/connexion/, { timeout: 15_000 });
}

/** True when the page is wider than the viewport (horizontal scrolling). */
export async function scrollsHorizontally(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
}
