import { callAction, callRoute, cookieFor } from "../support/fuzz/invoke";
import { beforeAll, describe, expect, it } from "vitest";
import { savePreferencesAction } from "../../lib/notifications/actions";
import { createUnsubscribeToken } from "../../lib/notifications/unsubscribe-token";
import { describeUnsubscribe } from "../../lib/notifications/unsubscribe";
import { GET, POST } from "../../app/api/desinscription/[token]/route";
import { setupTestDatabase } from "../support/test-database";

/*
 * "Mes notifications" and its unsubscribe links: one's own choices only (a
 * company manager cannot reach a collaborator's), French field errors for
 * what the form never sends, and a one-click link that works without signing
 * in but only with a genuine, unexpired token.
 */
const { db } = setupTestDatabase("seeded");

const CLAIRE = "participant@demo.test";
const MANAGER = "manager@demo.test";
const ALL_IMMEDIATE = {
  SESSIONS: "IMMEDIATE",
  QUESTIONNAIRES: "IMMEDIATE",
  ELEARNING: "IMMEDIATE",
  INTERNSHIP: "IMMEDIATE",
  CONTINUING_EDUCATION: "IMMEDIATE",
} as const;

let claireId: string;
let managerId: string;
const choicesOf = async (userId: string) =>
  Object.fromEntries(
    (
      await (
        await db()
      ).notificationPreference.findMany({
        where: { userId },
        select: { category: true, choice: true },
      })
    ).map((p) => [p.category, p.choice]),
  );

beforeAll(async () => {
  const users = await (
    await db()
  ).user.findMany({
    where: { email: { in: [CLAIRE, MANAGER] } },
    select: { id: true, email: true },
  });
  claireId = users.find((u) => u.email === CLAIRE)!.id;
  managerId = users.find((u) => u.email === MANAGER)!.id;
});

describe("the preferences action", () => {
  it("saves the signed-in person's own choices", async () => {
    const result = await callAction(
      savePreferencesAction,
      { choices: { ...ALL_IMMEDIATE, ELEARNING: "WEEKLY_DIGEST", SESSIONS: "NEVER" } },
      await cookieFor(CLAIRE),
    );
    expect(result).toEqual({ ok: true, data: undefined });
    expect(await choicesOf(claireId)).toMatchObject({
      ELEARNING: "WEEKLY_DIGEST",
      SESSIONS: "NEVER",
    });
  });

  it("never reaches a collaborator's choices: the manager's call changes only the manager's", async () => {
    const claireBefore = await choicesOf(claireId);
    const refused = await callAction(
      savePreferencesAction,
      { userId: claireId, choices: { ...ALL_IMMEDIATE, ELEARNING: "NEVER" } },
      await cookieFor(MANAGER),
    );
    expect(refused).toMatchObject({ ok: false });
    const saved = await callAction(
      savePreferencesAction,
      { choices: { ...ALL_IMMEDIATE, QUESTIONNAIRES: "NEVER" } },
      await cookieFor(MANAGER),
    );
    expect(saved).toEqual({ ok: true, data: undefined });
    expect(await choicesOf(managerId)).toMatchObject({ QUESTIONNAIRES: "NEVER" });
    expect(await choicesOf(claireId)).toEqual(claireBefore);
  });

  it("refuses an unknown choice or category, and the always-on one, on their field", async () => {
    const cookie = await cookieFor(CLAIRE);
    const before = await choicesOf(claireId);
    const badChoice = await callAction(
      savePreferencesAction,
      { choices: { ...ALL_IMMEDIATE, ELEARNING: "PARFOIS" } },
      cookie,
    );
    expect(badChoice).toMatchObject({
      ok: false,
      fieldErrors: {
        "choices.ELEARNING": ["Choisissez Immédiatement, Résumé hebdomadaire ou Jamais."],
      },
    });
    for (const extra of [{ ACCOUNT: "NEVER" }, { PUBLICITE: "NEVER" }]) {
      const result = await callAction(
        savePreferencesAction,
        { choices: { ...ALL_IMMEDIATE, ...extra } },
        cookie,
      );
      expect(result).toMatchObject({
        ok: false,
        fieldErrors: { choices: ["Catégorie de notifications inconnue ou toujours active."] },
      });
    }
    expect(await choicesOf(claireId)).toEqual(before);
  });
});

describe("one-click unsubscribe", () => {
  const post = (token: string, origin: string, body = "List-Unsubscribe=One-Click") =>
    callRoute(
      POST as never,
      "POST",
      `/api/desinscription/${encodeURIComponent(token)}`,
      {
        params: { token },
        body,
        headers: { "content-type": "application/x-www-form-urlencoded", origin },
      },
      undefined,
    );

  it("turns off the token's category only, from a mail client, without signing in", async () => {
    await (await db()).notificationPreference.deleteMany({ where: { userId: claireId } });
    const token = createUnsubscribeToken({ userId: claireId, categories: ["ELEARNING"] });
    expect(await describeUnsubscribe(token)).toMatchObject({
      state: "active",
      labels: ["E-learning"],
    });
    const response = await post(token, "https://mail.example");
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("Désinscription enregistrée : E-learning.");
    expect(await choicesOf(claireId)).toEqual({ ELEARNING: "NEVER" });
    expect(await describeUnsubscribe(token)).toMatchObject({ state: "off" });
    const audit = await (
      await db()
    ).auditLog.findFirst({
      where: { action: "notifications.unsubscribed", entityId: claireId },
      select: { actorUserId: true, data: true },
    });
    expect(audit).toEqual({ actorUserId: null, data: { ELEARNING: "NEVER" } });
  });

  it("from our own page's button, sends back to the page that says it is done", async () => {
    const token = createUnsubscribeToken({ userId: claireId, categories: ["QUESTIONNAIRES"] });
    const response = await post(token, "http://localhost:3000");
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`/desinscription/${token}`);
    expect(await choicesOf(claireId)).toMatchObject({ QUESTIONNAIRES: "NEVER" });
  });

  it("changes nothing for a forged, expired or incomplete request", async () => {
    await (await db()).notificationPreference.deleteMany({ where: { userId: claireId } });
    const genuine = createUnsubscribeToken({ userId: claireId, categories: ["SESSIONS"] });
    const forged = createUnsubscribeToken(
      { userId: claireId, categories: ["SESSIONS"] },
      new Date(),
      "un-autre-secret",
    );
    const expired = createUnsubscribeToken(
      { userId: claireId, categories: ["SESSIONS"] },
      new Date(Date.now() - 91 * 86_400_000),
    );
    const forgedAnswer = await post(forged, "https://mail.example");
    expect(forgedAnswer.status).toBe(400);
    expect(await forgedAnswer.text()).toMatch(/n'est pas valide.*Aucun réglage n'a été modifié/);
    const expiredAnswer = await post(expired, "https://mail.example");
    expect(expiredAnswer.status).toBe(400);
    expect(await expiredAnswer.text()).toMatch(/a expiré/);
    expect((await post(genuine, "https://mail.example", "autre=chose")).status).toBe(400);
    expect(await choicesOf(claireId)).toEqual({});
    expect(await describeUnsubscribe(forged)).toEqual({ state: "invalid" });
    expect(await describeUnsubscribe(expired)).toEqual({ state: "expired" });
  });

  it("a GET (a link opened, a scanner) only leads to the page", async () => {
    const token = createUnsubscribeToken({ userId: claireId, categories: ["SESSIONS"] });
    const response = await callRoute(
      GET as never,
      "GET",
      `/api/desinscription/${token}`,
      { params: { token } },
      undefined,
    );
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`/desinscription/${token}`);
    expect(await choicesOf(claireId)).toEqual({});
  });
});
