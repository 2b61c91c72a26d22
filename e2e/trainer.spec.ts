import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { Browser, Page } from "@playwright/test";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { ACCOUNTS, submitSignIn } from "./support/accounts";
import { axeViolations } from "./support/axe";
import {
  startOwnServer,
  stopOwnServer,
  templateCopy,
  waitUntilHealthy,
  type OwnServer,
} from "./support/own-server";
import { expect, test } from "./support/test";

/*
 * The Espace formateur end to end (issue 16's "Done when"). Signing needs a
 * slot under way, and the demo's FORMATION SAFIR 3 is ten days ahead: this
 * spec runs its own server on its own copy of the demo, where that slot is
 * moved to "now" before the server starts.
 */
const TRAINER = "formateur@demo.test";
const OTHER_TRAINER = "formateur2@demo.test";
const SAFIR3 = "20230119";

const require = createRequire(import.meta.url);
const STANDARD_FONTS = `${path.join(path.dirname(require.resolve("pdfjs-dist/package.json")), "standard_fonts")}/`;

async function pdfText(data: Buffer): Promise<string> {
  const doc = await getDocument({
    data: new Uint8Array(data),
    standardFontDataUrl: STANDARD_FONTS,
    verbosity: 0,
  }).promise;
  let text = "";
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    text += content.items.map((i) => ("str" in i ? `${i.str} ` : "")).join("");
  }
  return text.replace(/\s+/g, " ");
}

let server: OwnServer;
let base: string;

test.describe.configure({ mode: "serial" });
test.use({ database: "none" });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  const dataDir = templateCopy();
  execFileSync(
    process.execPath,
    ["node_modules/tsx/dist/cli.mjs", "e2e/support/slot-running-now.ts", SAFIR3],
    {
      env: {
        ...process.env,
        DATABASE_URL: "",
        PGLITE_DIR: path.join(dataDir, "pglite"),
        STORAGE_DIR: path.join(dataDir, "storage"),
      },
      stdio: "pipe",
    },
  );
  server = await startOwnServer({ dataDir });
  await waitUntilHealthy(server, 180_000);
  base = `http://localhost:${server.port}`;
});

test.afterAll(async () => {
  if (server) await stopOwnServer(server);
});

async function signedIn(browser: Browser, email: string, phone = false): Promise<Page> {
  const context = await browser.newContext({
    baseURL: base,
    // axe is injected into the page: the app's Content-Security-Policy must not stop it.
    bypassCSP: true,
    ...(phone ? { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true } : {}),
  });
  const page = await context.newPage();
  await page.goto("/connexion");
  await submitSignIn(page, email);
  await expect(page).not.toHaveURL(/\/connexion/, { timeout: 15_000 });
  return page;
}

let sessionPath: string;

test("Marc records SAFIR 3's attendance, Claire signs hers with the slot code, Marc signs the sheet and gets its PDF", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const marc = await signedIn(browser, TRAINER);
  await expect(marc).toHaveURL(/\/formateur$/);
  await expect(
    marc.getByRole("heading", { level: 1, name: "Mes sessions à animer" }),
  ).toBeVisible();
  await marc.getByRole("link", { name: "FORMATION SAFIR 3", exact: true }).click();
  await expect(marc.getByRole("heading", { level: 1, name: "FORMATION SAFIR 3" })).toBeVisible();
  sessionPath = new URL(marc.url()).pathname;
  const participants = marc.getByRole("region", { name: /Participants confirmés/ });
  await expect(participants.getByRole("cell", { name: "Claire Martin" })).toBeVisible();
  await expect(marc.getByRole("link", { name: "Accéder à la session" })).toBeVisible();

  // The trainer shows the code; Claire types it on her phone.
  await marc.getByRole("button", { name: "Afficher le code de signature" }).click();
  const code = (await marc.getByTestId("slot-code").textContent())!.trim();
  expect(code).toMatch(/^\d{6}$/);
  await expect(marc.getByRole("img", { name: /QR code/ })).toBeVisible();

  const claire = await signedIn(browser, ACCOUNTS.claire, true);
  await claire
    .getByRole("article", { name: "FORMATION SAFIR 3" })
    .getByRole("link", { name: "Signer ma présence" })
    .click();
  await expect(claire.getByRole("heading", { level: 1, name: "Signer ma présence" })).toBeVisible();
  const violations = await axeViolations(claire);
  expect(violations, violations.join("\n\n")).toEqual([]);
  await claire.getByLabel("Code affiché par le formateur").fill("000000");
  await claire.getByRole("button", { name: "Signer ma présence" }).click();
  await expect(claire.getByText(/Code incorrect ou expiré/)).toBeVisible();
  await claire.getByLabel("Code affiché par le formateur").fill(code);
  await claire.getByRole("button", { name: "Signer ma présence" }).click();
  await expect(claire.getByText("Présence signée. Merci !")).toBeVisible();
  expect(
    await claire.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1),
  ).toBe(true);

  // Marc marks everyone else present, then countersigns.
  await marc.reload();
  const sheet = marc.getByRole("form", { name: /^Émargement :/ });
  const claireRow = sheet.getByRole("group", { name: "Claire Martin" });
  await expect(claireRow.getByRole("radio", { name: "Présent" })).toBeChecked();
  await expect(claireRow.getByText(/Signature du participant/)).toBeVisible();
  for (const group of await sheet.getByRole("group").all()) {
    const present = group.getByRole("radio", { name: "Présent" });
    if (!(await group.getByRole("radio", { checked: true }).count())) await present.check();
  }
  await sheet.getByRole("button", { name: "Enregistrer l'émargement" }).click();
  await expect(sheet.getByRole("status")).toContainText("Émargement enregistré");
  // The answer says which marks changed: their evidence shows without a reload;
  // Claire's own signature, unchanged, keeps hers.
  await expect(
    sheet
      .getByRole("group")
      .filter({ hasNot: marc.getByText("Claire Martin", { exact: true }) })
      .first()
      .getByText(/^Relevé du formateur, \d{2}\/\d{2}\/\d{4}/),
  ).toBeVisible();
  await expect(claireRow.getByText(/Signature du participant/)).toBeVisible();
  await sheet.getByRole("button", { name: "Signer la feuille d'émargement" }).click();
  await expect(sheet.getByRole("status")).toContainText("Feuille d'émargement signée");
  await expect(marc.getByText(/Feuille signée par Marc Lefèvre le/)).toBeVisible();
  await expect(sheet.getByRole("button", { name: "Signer la feuille d'émargement" })).toHaveCount(
    0,
  );

  const downloading = marc.waitForEvent("download");
  await marc.getByRole("link", { name: "Feuille d'émargement (PDF)" }).click();
  const download = await downloading;
  // The ASCII fallback of the name (Content-Disposition) is what Chromium suggests here.
  expect(download.suggestedFilename()).toMatch(/^Feuille d.[ée]margement - 20230119/);
  const text = await pdfText(fs.readFileSync((await download.path())!));
  expect(text).toContain("Claire Martin");
  expect(text).toContain("Signature du participant");
  expect(text).toContain("Feuille signée par le formateur Marc Lefèvre");
});

test("Marc moves from one slot's sheet to another's on a session of two half-days", async ({
  browser,
}) => {
  const marc = await signedIn(browser, TRAINER);
  await marc.getByRole("link", { name: "FORMATION SAFIR 2", exact: true }).click();
  await expect(marc.getByRole("heading", { level: 1, name: "FORMATION SAFIR 2" })).toBeVisible();
  const slots = marc.getByRole("navigation", { name: "Feuilles d'émargement des séances" });
  const links = slots.getByRole("link");
  await expect(links).toHaveCount(2);
  // Nothing started yet: the page opens on the first slot's sheet, one sheet at a time.
  await expect(links.first()).toHaveAttribute("aria-current", "true");
  await expect(marc.getByRole("form", { name: /^Émargement :/ })).toHaveCount(1);
  const second = (await links.nth(1).textContent())!.replace(/^Séance du /, "");
  await links.nth(1).click();
  await expect(links.nth(1)).toHaveAttribute("aria-current", "true");
  await expect(links.first()).not.toHaveAttribute("aria-current", "true");
  await expect(marc.getByRole("form", { name: `Émargement : ${second}` })).toBeVisible();
  await expect(marc.getByRole("region", { name: `Séance du ${second}` })).toBeVisible();
});

test("Marc answers a participant's question and closes it", async ({ browser }) => {
  const marc = await signedIn(browser, TRAINER);
  await marc.getByRole("link", { name: "Questions des participants" }).click();
  await expect(
    marc.getByRole("heading", { level: 1, name: "Questions des participants" }),
  ).toBeVisible();
  const waiting = marc.getByRole("region", { name: /En attente/ });
  const form = waiting.getByRole("form", { name: /^Répondre à / }).first();
  await form.getByRole("button", { name: "Répondre" }).click();
  await expect(form.getByText("Votre réponse doit compter au moins 5 caractères.")).toBeVisible();
  const answer = "Oui, le même raisonnement vaut quel que soit l'effectif du cabinet.";
  await form.getByLabel("Votre réponse").fill(answer);
  await expect(form.getByLabel("Clore la question après cette réponse")).toBeChecked();
  await form.getByRole("button", { name: "Répondre" }).click();
  const closed = marc.getByRole("region", { name: "Questions closes" });
  await expect(closed.getByText(answer)).toBeVisible();
  const violations = await axeViolations(marc);
  expect(violations, violations.join("\n\n")).toEqual([]);
});

test("Marc publishes a support on SAFIR 3, then a new version of it", async ({ browser }) => {
  const marc = await signedIn(browser, TRAINER);
  await marc.goto(sessionPath);
  await marc.getByRole("link", { name: "Supports", exact: true }).click();
  await expect(
    marc.getByRole("heading", { level: 1, name: "Supports de la session" }),
  ).toBeVisible();
  const pdf = Buffer.from("%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
  const publish = marc.getByRole("form", { name: "Publier un support" });
  await publish.getByLabel("Titre").fill("Cas pratiques du formateur");
  await publish.getByLabel(/^Type/).fill("Exercices");
  await publish
    .getByLabel(/^Fichier/)
    .setInputFiles({ name: "cas.pdf", mimeType: "application/pdf", buffer: pdf });
  await publish.getByRole("button", { name: "Publier le support" }).click();
  await expect(publish.getByRole("status")).toHaveText("Support publié (version 1).");
  const item = marc.getByRole("listitem").filter({ hasText: "Cas pratiques du formateur" });
  await expect(item).toContainText("V1");
  await item.getByText("Publier une nouvelle version").click();
  const version = item.getByRole("form", { name: "Nouvelle version : Cas pratiques du formateur" });
  await version
    .getByLabel(/^Fichier/)
    .setInputFiles({ name: "cas-v2.pdf", mimeType: "application/pdf", buffer: pdf });
  await version.getByRole("button", { name: "Publier la nouvelle version" }).click();
  await expect(version.getByRole("status")).toHaveText("Support publié (version 2).");
  await expect(item).toContainText("V2");
  const download = await marc.request.get(
    (await item.getByRole("link", { name: "Cas pratiques du formateur" }).getAttribute("href"))!,
  );
  expect(download.status()).toBe(200);
  expect(download.headers()["content-disposition"]).toContain("cas-v2.pdf");
});

test("Marc reads the evaluations of his ended session and sends his own assessment, once", async ({
  browser,
}) => {
  const marc = await signedIn(browser, TRAINER);
  await marc.goto("/formateur?vue=terminees");
  await marc.getByRole("article").first().getByRole("link").first().click();
  await marc.getByRole("link", { name: "Évaluations", exact: true }).click();
  await expect(marc.getByRole("heading", { level: 2, name: "Résultats du groupe" })).toBeVisible();
  await expect(
    marc.getByRole("heading", { level: 3, name: /Test de validation des acquis/ }),
  ).toBeVisible();
  await expect(
    marc.getByRole("heading", { level: 3, name: /Questionnaire de satisfaction/ }),
  ).toBeVisible();

  const form = marc.getByRole("form", { name: "Mon évaluation de la session" });
  await form.getByRole("button", { name: "Envoyer mon évaluation" }).click();
  await expect(form.getByText("Choisissez une note de 1 à 5.").first()).toBeVisible();
  for (const group of await form.getByRole("group").all()) {
    await group.getByRole("radio", { name: "4" }).check();
  }
  await form.getByLabel(/Points forts/).fill("Groupe impliqué, bons échanges.");
  await form.getByRole("button", { name: "Envoyer mon évaluation" }).click();
  // Once stored, the page refreshes and shows the assessment in place of the form (the
  // form's own "Merci" line goes with it). The first server action of this file's own
  // server may answer slowly on a loaded CI machine.
  await expect(marc.getByText(/Évaluation envoyée le/)).toBeVisible({ timeout: 25_000 });
  await marc.reload();
  await expect(marc.getByText(/Évaluation envoyée le/)).toBeVisible();
  await expect(marc.getByText("Groupe impliqué, bons échanges.")).toBeVisible();
  await expect(marc.getByRole("button", { name: "Envoyer mon évaluation" })).toHaveCount(0);
});

test("another trainer gets 404 on that session, its PDF, calendar file, supports and evaluations", async ({
  browser,
}) => {
  const julie = await signedIn(browser, OTHER_TRAINER);
  await expect(
    julie.getByRole("heading", { level: 1, name: "Mes sessions à animer" }),
  ).toBeVisible();
  await expect(julie.getByRole("link", { name: "FORMATION SAFIR 3", exact: true })).toHaveCount(0);
  for (const suffix of ["", "/feuille-emargement", "/agenda", "/supports", "/evaluations"]) {
    const response = await julie.goto(`${sessionPath}${suffix}`);
    expect(response?.status(), `${sessionPath}${suffix}`).toBe(404);
  }
});
