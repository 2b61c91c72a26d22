// First: Next's request storage must exist before any Next module loads.
import { inRequest, ORIGIN, requestHeaders, sessionCookie } from "../support/next-request";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { eraseMyAccountAction } from "../../lib/privacy/actions";
import { GET as exportRoute } from "../../app/(participant)/mes-donnees/export/route";
import { WRONG_EMAIL } from "../../lib/privacy/schemas";
import { setupTestDatabase } from "../support/test-database";

/*
 * "Mes données" through Next's own request handling and real session cookies:
 * the export is the signed-in person's and nobody else's, whatever the URL
 * says; the erasure needs the account's own address; once erased, the
 * session that was open is refused everywhere.
 */
const { db } = setupTestDatabase("seeded");
const PATH = "/mes-donnees/export";

async function userOf(email: string) {
  return (await db()).user.findUniqueOrThrow({
    where: { email },
    select: { id: true, sessionVersion: true, participant: { select: { id: true } } },
  });
}

async function download(cookie: string | undefined, query = "") {
  const url = `${PATH}${query}`;
  const headers = requestHeaders(PATH, cookie);
  return inRequest(url, headers, "action", () =>
    exportRoute(new NextRequest(new URL(url, ORIGIN), { headers })),
  );
}

async function erase(cookie: string | undefined, input: unknown) {
  return inRequest("/mes-donnees", requestHeaders("/mes-donnees", cookie), "action", () =>
    eraseMyAccountAction(input),
  );
}

describe("Télécharger mes données", () => {
  it("gives each participant their own file only, whatever the query names", async () => {
    const claire = await userOf("participant@demo.test");
    const thomas = await userOf("participant2@demo.test");
    const response = await download(
      await sessionCookie(thomas),
      `?userId=${claire.id}&participantId=${claire.participant!.id}`,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="mes-donnees-parcours-\d{4}-\d\d-\d\d\.json"; filename\*=UTF-8''mes-donn%C3%A9es/,
    );
    const text = await response.text();
    const body = JSON.parse(text) as {
      data: { User: { id: string }; Participant: { id: string } };
    };
    expect(body.data.User.id).toBe(thomas.id);
    expect(body.data.Participant.id).toBe(thomas.participant!.id);
    expect(text).not.toContain(claire.id);
    expect(text).not.toContain(claire.participant!.id);
    expect(text).not.toContain("participant@demo.test");
  });

  it("answers 404 to a visitor without a session and to a user without a participant space", async () => {
    expect((await download(undefined)).status).toBe(404);
    const manager = await userOf("manager@demo.test");
    expect((await download(await sessionCookie(manager))).status).toBe(404);
  });
});

describe("Supprimer mes données", () => {
  it("refuses another address than the account's, and changes nothing", async () => {
    const thomas = await userOf("participant2@demo.test");
    const claire = await userOf("participant@demo.test");
    const result = await erase(await sessionCookie(thomas), {
      email: "participant@demo.test",
      confirmation: "SUPPRIMER",
    });
    expect(result).toMatchObject({ ok: false, fieldErrors: { email: [WRONG_EMAIL] } });
    expect(await userOf("participant@demo.test")).toEqual(claire);
    expect(await userOf("participant2@demo.test")).toEqual(thomas);
  });

  it("refuses without the typed confirmation, in French", async () => {
    const thomas = await userOf("participant2@demo.test");
    const result = await erase(await sessionCookie(thomas), {
      email: "participant2@demo.test",
      confirmation: "supprimer",
    });
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { confirmation: ["Saisissez SUPPRIMER en majuscules pour confirmer."] },
    });
  });

  it("ends the session that asked for it: the same cookie is refused afterwards", async () => {
    const thomas = await userOf("participant2@demo.test");
    const cookie = await sessionCookie(thomas);
    expect((await download(cookie)).status).toBe(200);
    expect(
      await erase(cookie, { email: "Participant2@demo.test", confirmation: "SUPPRIMER" }),
    ).toEqual({
      ok: true,
      data: undefined,
    });
    expect((await download(cookie)).status).toBe(404);
    expect(
      await erase(cookie, { email: "participant2@demo.test", confirmation: "SUPPRIMER" }),
    ).toMatchObject({
      ok: false,
      formError: "Votre session a expiré : reconnectez-vous.",
    });
    // A token carrying the new version is refused too: the account itself is closed.
    const now = await (
      await db()
    ).user.findUniqueOrThrow({
      where: { id: thomas.id },
      select: { id: true, sessionVersion: true, anonymizedAt: true },
    });
    expect(now.sessionVersion).toBe(thomas.sessionVersion + 1);
    expect(now.anonymizedAt).not.toBeNull();
    expect((await download(await sessionCookie(now))).status).toBe(404);
  });
});
