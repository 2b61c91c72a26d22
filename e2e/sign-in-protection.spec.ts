import crypto from "node:crypto";
import { ACCOUNTS, signIn, signInAs } from "./support/accounts";
import { expect, test } from "./support/test";

/*
 * Sign-in protection on the production server. Every e2e spec comes from
 * 127.0.0.1 and shares one server: this file blocks an unknown e-mail of its
 * own (the per-account rule), and adds five failures to the address's count,
 * far below the 50 that would block the address (successes are never counted).
 */

const GENERIC = "Adresse e-mail ou mot de passe incorrect";

test("too many failures for one e-mail are refused with the wait, in French", async ({ page }) => {
  const email = `bloque-${crypto.randomBytes(4).toString("hex")}@demo.test`;
  for (let i = 0; i < 4; i++) {
    await signIn(page, email, "mauvais-mot-de-passe");
    await expect(page.getByRole("alert").filter({ hasText: GENERIC })).toBeVisible();
  }
  await signIn(page, email, "mauvais-mot-de-passe");
  await expect(
    page.getByRole("alert").filter({ hasText: "Trop de tentatives. Réessayez dans 1 minute." }),
  ).toBeVisible();
  await expect(page).toHaveURL(/\/connexion/);
});

test("session cookies are HttpOnly and SameSite=Lax", async ({ page, request, baseURL }) => {
  await signInAs(page, ACCOUNTS.sophie);
  const cookies = await page.context().cookies();
  const session = cookies.find((c) => c.name.endsWith("next-auth.session-token"));
  const csrf = cookies.find((c) => c.name.endsWith("next-auth.csrf-token"));
  for (const cookie of [session, csrf]) {
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
  }
  // The production server on http://localhost: no Secure flag (see lib/auth/cookies.ts).
  expect(session?.secure).toBe(false);

  // What the server sends, attribute by attribute.
  const csrfResponse = await request.get("/api/auth/csrf");
  const setCookie = csrfResponse
    .headersArray()
    .filter((h) => h.name.toLowerCase() === "set-cookie");
  expect(setCookie.length).toBeGreaterThan(0);
  for (const { value } of setCookie) {
    expect(value).toMatch(/;\s*HttpOnly/i);
    expect(value).toMatch(/;\s*SameSite=Lax/i);
    expect(value).toMatch(/;\s*Path=\//i);
  }
  expect(baseURL).toMatch(/^http:\/\/localhost/);
});

test("state-changing handlers refuse another site's requests", async ({ request }) => {
  const csrf = await (await request.get("/api/auth/csrf")).json();
  const signInFromElsewhere = await request.post("/api/auth/callback/credentials", {
    headers: { origin: "https://evil.example" },
    form: { csrfToken: csrf.csrfToken, email: ACCOUNTS.claire, password: "parcours-demo" },
    maxRedirects: 0,
  });
  expect(signInFromElsewhere.status()).toBe(403);
  const withoutOrigin = await request.post("/api/auth/signout", {
    form: { csrfToken: csrf.csrfToken },
    maxRedirects: 0,
  });
  expect(withoutOrigin.status()).toBe(403);
});
