import crypto from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { Page } from "@playwright/test";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { ACCOUNTS, signInAs } from "./support/accounts";
import { expect, test } from "./support/test";

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

/** Opens the details page of one of Claire's sessions from its card; returns its path. */
async function openDetails(page: Page, title: string, list: "prochaines" | "terminees") {
  await page.goto(list === "prochaines" ? "/sessions" : "/sessions?vue=terminees");
  await page
    .getByRole("article", { name: title })
    .getByRole("link", { name: "Afficher les détails de la session" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  return new URL(page.url()).pathname;
}

test("an upcoming session's card downloads its calendar file", async ({ page }) => {
  await signInAs(page, ACCOUNTS.claire);
  const card = page.getByRole("article", { name: "FORMATION SAFIR 3" });
  const downloading = page.waitForEvent("download");
  await card.getByRole("link", { name: /Ajouter à mon agenda/ }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^FORMATION SAFIR 3 - 20230119\.ics$/);
  const text = fs.readFileSync((await download.path())!, "utf8");
  expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
  expect(text).toContain("BEGIN:VTIMEZONE\r\nTZID:Europe/Paris\r\n");
  expect(text).toMatch(/DTSTART;TZID=Europe\/Paris:\d{8}T090000\r\n/);
  expect(text).toContain("https://visio.crfc-centre-est.fr/safir3");
});

test("the details page gives the convocation as a PDF, to its participant only", async ({
  page,
  browser,
}) => {
  await signInAs(page, ACCOUNTS.claire);
  const detailsPath = await openDetails(page, "Test Cycle 1ère année (Stage)", "prochaines");
  const resources = page.getByRole("complementary", { name: "Ressources" });
  const downloading = page.waitForEvent("download");
  await resources.getByRole("link", { name: "Ma convocation" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(
    "Convocation - 20230050 - Test Cycle 1ère année (Stage).pdf",
  );
  const text = await pdfText(fs.readFileSync((await download.path())!));
  expect(text).toContain("Claire Martin");
  expect(text).toContain("20230050");

  const response = await page.request.get(`${detailsPath}/convocation`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect(response.headers()["cache-control"]).toBe("private, no-store");
  expect(response.headers()["content-disposition"]).toContain(
    "filename*=UTF-8''Convocation%20-%2020230050",
  );

  // Thomas, signed in, gets 404 for each of Claire's documents.
  const other = await browser.newContext();
  const thomas = await other.newPage();
  await signInAs(thomas, ACCOUNTS.thomas);
  for (const doc of ["convocation", "attestation", "agenda"]) {
    expect((await thomas.request.get(`${detailsPath}/${doc}`)).status()).toBe(404);
  }
  await other.close();
});

test("before its rule holds the certificate shows why, and its address answers 404", async ({
  page,
}) => {
  await signInAs(page, ACCOUNTS.claire);
  const detailsPath = await openDetails(page, "FORMATION SAFIR 3", "prochaines");
  const resources = page.getByRole("complementary", { name: "Ressources" });
  await expect(resources.getByText("Mon attestation de formation")).toBeVisible();
  await expect(resources.getByText(/^Disponible après la session/)).toBeVisible();
  await expect(resources.getByRole("link", { name: "Mon attestation de formation" })).toHaveCount(
    0,
  );
  expect((await page.request.get(`${detailsPath}/attestation`)).status()).toBe(404);
});

test("an ended session's certificate downloads, and its number checks out publicly", async ({
  page,
  browser,
}) => {
  await signInAs(page, ACCOUNTS.claire);
  await openDetails(page, "Comptables : s'initier au social pour mieux communiquer", "terminees");
  const downloading = page.waitForEvent("download");
  await page
    .getByRole("complementary", { name: "Ressources" })
    .getByRole("link", { name: "Mon attestation de formation" })
    .click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^Attestation de formation - 06230008 - /);
  const text = await pdfText(fs.readFileSync((await download.path())!));
  expect(text).toContain("ATTESTATION DE FORMATION");
  const number = text.match(/N° (ATT-[0-9A-Z]{12})/)?.[1];
  expect(number).toBeTruthy();

  // Anyone, signed out, can check it: the page the QR code opens.
  const anonymous = await browser.newContext();
  const visitor = await anonymous.newPage();
  await visitor.goto(`/verification/${number}`);
  await expect(visitor).toHaveURL(new RegExp(`/verification/${number}$`));
  await expect(visitor.getByRole("heading", { name: "Attestation authentique" })).toBeVisible();
  await expect(visitor.getByRole("main")).toContainText("Claire Martin");
  await expect(visitor.getByRole("main")).toContainText(
    "Comptables : s'initier au social pour mieux communiquer",
  );
  await anonymous.close();
});

test("an unknown or malformed number is said not to exist", async ({ page }) => {
  for (const number of ["ATT-0000000000ZZ", "n'importe-quoi", "%3Cscript%3E"]) {
    await page.goto(`/verification/${number}`);
    await expect(page.getByRole("heading", { name: "Attestation introuvable" })).toBeVisible();
  }
});

test("the public check stops answering one address after 30 lookups in 10 minutes", async ({
  request,
}) => {
  // An address of its own (documentation range, new at each run and retry), so
  // that no other lookup is counted with it.
  const hex = crypto.randomBytes(4).toString("hex");
  const headers = { "x-forwarded-for": `2001:db8::${hex.slice(0, 4)}:${hex.slice(4)}` };
  for (let i = 0; i < 30; i++) {
    const response = await request.get("/verification/ATT-0000000000ZZ", { headers });
    expect(await response.text()).toContain("Attestation introuvable");
  }
  const limited = await request.get("/verification/ATT-0000000000ZZ", { headers });
  expect(await limited.text()).toContain("Trop de vérifications");
});
