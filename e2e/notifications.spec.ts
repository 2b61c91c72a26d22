import path from "node:path";
import type { Page } from "@playwright/test";
import { ACCOUNTS, DEMO_PASSWORD, signInAs } from "./support/accounts";
import { mailsTo, waitForMail, type Mail } from "./support/outbox";
import {
  startOwnServer,
  stopOwnServer,
  templateCopy,
  waitUntilHealthy,
  type OwnServer,
} from "./support/own-server";
import { expect, test } from "./support/test";

/*
 * Reminders and "Mes notifications" (issue 19). The demo places Claire's
 * e-learning access one week (less an hour) from its end and her ASFODEM
 * satisfaction survey under three days from its close: the worker's first
 * pass sends both reminders, each with its unsubscribe link and headers.
 */
const ELEARNING_REMINDER = /^Votre accès au module e-learning se termine/;
const SATISFACTION_REMINDER = /^Le questionnaire de satisfaction se clôt/;

const unsubscribeLink = (mail: Mail) => {
  const match = /Ne plus recevoir ces e-mails : (\S+)/.exec(mail.text);
  expect(match, "lien de désinscription dans le texte").not.toBeNull();
  return new URL(match![1]!);
};

test("the demo's reminders carry one-click unsubscribe links that work without signing in", async ({
  browser,
  page,
  request,
}) => {
  const elearning = await waitForMail(ACCOUNTS.claire, ELEARNING_REMINDER, { timeout: 60_000 });
  const satisfaction = await waitForMail(ACCOUNTS.claire, SATISFACTION_REMINDER);
  expect(elearning.text).toContain("Unités terminées : 0 sur");
  expect(elearning.text).toContain("Gérer mes notifications : ");
  for (const mail of [elearning, satisfaction]) {
    expect(mail.headers?.["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    expect(mail.headers?.["List-Unsubscribe"]).toMatch(
      /^<https?:\/\/[^>]+\/api\/desinscription\/[^>]+>$/,
    );
  }

  // Claire starts from "Immédiatement" everywhere (a reused server keeps an earlier run's choices).
  await signInAs(page, ACCOUNTS.claire);
  await page.getByRole("link", { name: "Mes notifications" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mes notifications" })).toBeVisible();
  const group = (name: string) => page.getByRole("group", { name });
  for (const name of ["E-learning", "Questionnaires"]) {
    await group(name).getByRole("radio", { name: "Immédiatement" }).check();
  }
  await page.getByRole("button", { name: "Enregistrer mes choix" }).click();
  await expect(page.getByRole("status")).toHaveText("Vos choix de notifications sont enregistrés.");
  await expect(
    group("Comptes et sécurité").getByRole("radio", { name: /Immédiatement/ }),
  ).toBeDisabled();

  // The link of the mail's text, opened by someone who is not signed in: it tells, then turns off.
  const visitor = await browser.newPage();
  const link = unsubscribeLink(elearning);
  await visitor.goto(link.pathname);
  await expect(visitor.getByText("Ce lien arrête les e-mails « E-learning »")).toBeVisible();
  await visitor.getByRole("button", { name: "Ne plus recevoir ces e-mails" }).click();
  await expect(visitor.getByRole("status").filter({ hasText: "C'est fait" })).toContainText(
    "les e-mails « E-learning » sont désactivés",
  );

  // The mail client's one click: a POST to the List-Unsubscribe URL, from nowhere.
  const oneClick = new URL(/^<(.+)>$/.exec(satisfaction.headers!["List-Unsubscribe"]!)![1]!);
  const answer = await request.post(oneClick.pathname, {
    form: { "List-Unsubscribe": "One-Click" },
    maxRedirects: 0,
  });
  expect(answer.status()).toBe(200);
  expect(await answer.text()).toContain("Désinscription enregistrée : Questionnaires.");

  // A forged token changes nothing and says so.
  await visitor.goto(`${link.pathname.slice(0, -4)}AAAA`);
  await expect(visitor.getByText(/n'est pas valide.*Aucun réglage n'a été modifié/)).toBeVisible();
  await visitor.close();

  // Claire's page shows both categories off, the others untouched.
  await page.reload();
  await expect(group("E-learning").getByRole("radio", { name: "Jamais" })).toBeChecked();
  await expect(group("Questionnaires").getByRole("radio", { name: "Jamais" })).toBeChecked();
  await expect(
    group("Formation continue").getByRole("radio", { name: "Immédiatement" }),
  ).toBeChecked();
});

test.describe("on a server of its own", () => {
  test.use({ database: "none" });
  let server: OwnServer | undefined;
  test.afterEach(async () => {
    if (server) await stopOwnServer(server);
  });

  async function signInOn(page: Page, base: string) {
    await page.goto(`${base}/connexion`);
    await page.getByLabel("Adresse e-mail").fill(ACCOUNTS.claire);
    await page.getByLabel("Mot de passe").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Se connecter" }).click();
    await expect(page).not.toHaveURL(/\/connexion/, { timeout: 15_000 });
  }

  test("Claire sets e-learning to « Jamais »: its next reminder is not sent, the others are", async ({
    page,
  }) => {
    test.setTimeout(300_000);
    const dataDir = templateCopy();
    const outbox = path.join(dataDir, "outbox");
    const serverEnv = { OUTBOX_DIR: outbox, REMINDER_HOURS: "0-24" };

    // First, the worker off: Claire chooses before any reminder could leave.
    server = await startOwnServer({ dataDir, env: serverEnv });
    await waitUntilHealthy(server);
    const base = `http://localhost:${server.port}`;
    await signInOn(page, base);
    await page.goto(`${base}/notifications`);
    await page
      .getByRole("group", { name: "E-learning" })
      .getByRole("radio", { name: "Jamais" })
      .check();
    await page.getByRole("button", { name: "Enregistrer mes choix" }).click();
    await expect(page.getByRole("status")).toHaveText(
      "Vos choix de notifications sont enregistrés.",
    );
    server.child.kill("SIGTERM");
    await server.exited;

    // Then the worker runs: the satisfaction reminder goes, the e-learning one (due too) does not.
    server = await startOwnServer({ dataDir, env: { ...serverEnv, MAIL_WORKER: "on" } });
    await waitUntilHealthy(server);
    await waitForMail(ACCOUNTS.claire, SATISFACTION_REMINDER, { outbox, timeout: 90_000 });
    const mails = await mailsTo(ACCOUNTS.claire, outbox);
    expect(mails.filter((m) => ELEARNING_REMINDER.test(m.subject))).toEqual([]);
  });
});
