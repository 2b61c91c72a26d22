import type { Page } from "@playwright/test";
import { ACCOUNTS, scrollsHorizontally, signInAs } from "./support/accounts";
import { expect, test } from "./support/test";

const TITLES = {
  cycle: "Test Cycle 1ère année (Stage)",
  safir2: "FORMATION SAFIR 2",
  pack: "Pack Actualités - 4ème trimestre (fiscal, social, juridique, comptable et pratiques professionnelles)",
  elearning: "Avantages en nature : identifier, calculer et sécuriser (e-learning)",
  safir3: "FORMATION SAFIR 3",
  asfodem: "Comptables : s'initier au social pour mieux communiquer",
};

const card = (page: Page, title: string) => page.getByRole("article", { name: title, exact: true });

async function detailsHref(page: Page, title: string, vue = "") {
  await page.goto(`/sessions${vue}`);
  const href = await card(page, title)
    .getByRole("link", { name: "Afficher les détails de la session" })
    .getAttribute("href");
  expect(href).toMatch(/^\/sessions\/[\w-]+$/);
  return href!;
}

test("every card kind of the guide shows its actions", async ({ page }) => {
  await signInAs(page, ACCOUNTS.claire);

  const safir2 = card(page, TITLES.safir2);
  await expect(safir2).toContainText("Réf :20230117");
  await expect(safir2).toContainText("Réf commande :C20042300006");
  await expect(safir2).toContainText(/\(après-midi\), \d\d\/\d\d\/\d{4} \(matin\)/);
  await expect(safir2).toContainText("Lieu :Dijon");
  await expect(safir2.getByText("Inscription en attente")).toBeVisible();
  await expect(
    safir2.getByRole("link", { name: "Répondre au test de positionnement" }),
  ).toBeVisible();
  await expect(safir2.getByRole("link", { name: "Voir la fiche pédagogique" })).toBeVisible();
  await expect(
    safir2.getByRole("link", { name: "Afficher les détails de la session" }),
  ).toHaveCount(0);

  const pack = card(page, TITLES.pack);
  await expect(pack).toContainText("Organisateur :SUPEXPRTISE Paris");
  await expect(pack.getByRole("link", { name: "Répondre au test de positionnement" })).toHaveCount(
    0,
  );

  const elearning = card(page, TITLES.elearning);
  await expect(elearning).toContainText(
    /Accessible pendant 90 jours \(du \d\d\/\d\d\/\d{4} au \d\d\/\d\d\/\d{4}\)/,
  );
  await expect(elearning).toContainText("Lieu :En ligne");
  await expect(elearning.getByRole("link", { name: "Accéder au module" })).toBeVisible();
  await expect(elearning.getByText("Inscription confirmée")).toBeVisible();

  const safir3 = card(page, TITLES.safir3);
  await expect(safir3.getByText(/ouvert à partir du \d\d\/\d\d\/\d{4} à 8h45/)).toBeVisible();
  await expect(
    safir3.getByRole("link", { name: "Afficher les détails de la session" }),
  ).toBeVisible();

  const cycle = card(page, TITLES.cycle);
  await expect(cycle.getByText("Cursus")).toBeVisible();
  await expect(cycle).toContainText("Réf commande :C20032300019");

  await page.getByRole("link", { name: "Sessions terminées" }).click();
  await expect(page).toHaveURL(/vue=terminees/);
  await expect(card(page, TITLES.asfodem)).toContainText("Organisateur :ASFODEM");
});

test("search and filters live in the URL", async ({ page }) => {
  await signInAs(page, ACCOUNTS.claire);
  await page.getByRole("searchbox", { name: "Rechercher" }).fill("safir");
  await page.getByRole("button", { name: "Filtrer" }).click();
  await expect(page).toHaveURL(/q=safir/);
  await expect(page.getByRole("article")).toHaveCount(2);
  await page.goto("/sessions?page=-1&annee=abc&q=" + "x".repeat(5000));
  await expect(page.getByRole("heading", { level: 1, name: "Mes sessions" })).toBeVisible();
});

test("details of an in-person, a virtual class and an e-learning session", async ({ page }) => {
  await signInAs(page, ACCOUNTS.claire);
  await page.goto(await detailsHref(page, TITLES.cycle));
  await expect(page.getByRole("heading", { level: 1, name: TITLES.cycle })).toBeVisible();
  await expect(page.getByRole("link", { name: /Voir sur la carte/ })).toHaveAttribute(
    "href",
    /openstreetmap\.org/,
  );
  const programme = page.getByRole("table", { name: "Programme de la session" });
  await expect(programme.getByRole("row")).toHaveCount(7);

  await page.goto(await detailsHref(page, TITLES.safir3));
  await expect(page.getByText("Durée :3h00 (0.43)")).toBeVisible();
  await expect(page.getByRole("table", { name: "Programme de la session" })).toContainText(
    "9h00 - 12h00",
  );
  await expect(page.getByRole("table", { name: "Programme de la session" })).toContainText(
    "(3h00) FOCUS V4",
  );

  await page.goto(await detailsHref(page, TITLES.elearning));
  await expect(page.getByRole("heading", { name: /Module e-learning/ })).toContainText(
    "Non commencé",
  );
  await expect(
    page.getByText("UA1 - Définition, principes et caractéristiques des avantages en nature"),
  ).toBeVisible();
  await expect(page.getByText("UA2 - analyse détaillée de chaque dispositif")).toBeVisible();
});

test("the ended session's supports table and a material download", async ({ page }) => {
  await signInAs(page, ACCOUNTS.claire);
  await page.goto(await detailsHref(page, TITLES.asfodem, "?vue=terminees"));
  const supports = page.getByRole("table", { name: "Supports pédagogiques" });
  const row = supports.getByRole("row", { name: /Guide Utilisateurs/ });
  await expect(row).toContainText("Guide utilisateurs");
  await expect(row).toContainText("V2");
  await expect(row.getByRole("cell").nth(5)).toHaveText(/\d\d\/\d\d\/\d{4}/);
  const href = await row.getByRole("link", { name: /Ouvrir/ }).getAttribute("href");
  const response = await page.request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename=/);
  expect(response.headers()["cache-control"]).toContain("no-store");
  expect((await response.body()).subarray(0, 5).toString()).toBe("%PDF-");
});

test("the course sheet names prerequisites, assessment and the disability contact", async ({
  page,
}) => {
  await signInAs(page, ACCOUNTS.claire);
  await card(page, TITLES.safir2).getByRole("link", { name: "Voir la fiche pédagogique" }).click();
  await expect(page.getByRole("heading", { level: 1, name: TITLES.safir2 })).toBeVisible();
  for (const section of [
    "Objectifs",
    "Prérequis",
    "Public concerné",
    "Programme",
    "Modalités d'évaluation",
    "Contact de l'organisateur",
  ]) {
    await expect(page.getByRole("heading", { level: 2, name: section })).toBeVisible();
  }
  await expect(page.getByRole("heading", { name: /situation de handicap/ })).toBeVisible();
  await expect(page.getByText(/HT \(.* TTC, TVA 20 %\)/)).toBeVisible();
});

test("Mon parcours adds up the trainings it lists and exports them", async ({ page }) => {
  await signInAs(page, ACCOUNTS.claire);
  await page.getByRole("link", { name: "Mon parcours" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mon parcours" })).toBeVisible();
  const minutes = (text: string) => {
    const [h, m] = text.trim().split("h").map(Number);
    return h! * 60 + m!;
  };
  const perTraining = await page
    .getByRole("table", { name: "Détail des formations suivies" })
    .getByRole("row")
    .evaluateAll((rows) =>
      rows.slice(1).map((r) => r.querySelectorAll("td")[4]?.textContent ?? ""),
    );
  const perYear = await page
    .getByRole("table", { name: "Heures de formation par année civile" })
    .getByRole("row")
    .evaluateAll((rows) =>
      rows.slice(1).map((r) => r.querySelectorAll("td")[1]?.textContent ?? ""),
    );
  expect(perTraining.length).toBeGreaterThanOrEqual(10);
  expect(perYear.map(minutes).reduce((a, b) => a + b, 0)).toBe(
    perTraining.map(minutes).reduce((a, b) => a + b, 0),
  );
  await expect(
    page.getByRole("heading", { name: "Obligation de formation continue" }),
  ).toBeVisible();
  const csv = await page.request.get("/parcours/export");
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect((await csv.text()).split("\r\n").filter(Boolean)).toHaveLength(perTraining.length + 1);
});

test("another participant gets 404 on Claire's pages and files", async ({ browser }) => {
  const claire = await browser.newPage();
  await signInAs(claire, ACCOUNTS.claire);
  const details = await detailsHref(claire, TITLES.asfodem, "?vue=terminees");
  await claire.goto(details);
  const material = await claire
    .getByRole("table", { name: "Supports pédagogiques" })
    .getByRole("link", { name: /Ouvrir/ })
    .first()
    .getAttribute("href");
  await claire.close();

  const thomas = await browser.newPage();
  await signInAs(thomas, ACCOUNTS.thomas);
  for (const path of [details, `${details}/fiche`, material!]) {
    const response = await thomas.goto(path);
    expect(response?.status(), path).toBe(404);
  }
  await thomas.close();
});

test.describe("at 360 px", () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test("Mes sessions, details, course sheet and Mon parcours need no horizontal scrolling", async ({
    page,
  }) => {
    await signInAs(page, ACCOUNTS.claire);
    const details = await detailsHref(page, TITLES.asfodem, "?vue=terminees");
    for (const path of [
      "/sessions",
      "/sessions?vue=terminees",
      details,
      `${details}/fiche`,
      "/parcours",
    ]) {
      await page.goto(path);
      await expect(page.getByRole("main")).toBeVisible();
      expect(await scrollsHorizontally(page), path).toBe(false);
    }
  });
});
