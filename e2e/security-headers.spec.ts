import type { Page } from "@playwright/test";
import { ACCOUNTS, signInAs } from "./support/accounts";
import { expect, test } from "./support/test";

/*
 * The headers of issue 9 on the production build, and the proof that the
 * nonce-based policy lets every page of the three spaces run: no CSP violation
 * reported by the browser while they load, hydrate and navigate.
 */

function directives(csp: string | null | undefined): Map<string, string> {
  return new Map(
    (csp ?? "")
      .split(";")
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => [d.split(/\s+/)[0]!, d] as const),
  );
}

test("pages carry the security headers and a fresh nonce on each script", async ({ request }) => {
  const first = await request.get("/connexion");
  const second = await request.get("/connexion");
  const headers = first.headers();
  const csp = directives(headers["content-security-policy"]);
  const script = csp.get("script-src")!;
  expect(script).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
  expect(script).toContain("'strict-dynamic'");
  expect(script).not.toContain("unsafe-inline");
  expect(script).not.toContain("unsafe-eval");
  expect(csp.get("frame-ancestors")).toBe("frame-ancestors 'none'");
  expect(csp.get("object-src")).toBe("object-src 'none'");
  expect(headers["strict-transport-security"]).toMatch(/^max-age=\d{8,}/);
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["x-frame-options"]).toBe("DENY");

  const nonce = script.match(/'nonce-([^']+)'/)![1]!;
  const secondNonce = second.headers()["content-security-policy"]!.match(/'nonce-([^']+)'/)![1];
  expect(secondNonce).not.toBe(nonce);
  // Every script of the page carries this response's nonce.
  const scripts = (await first.text()).match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
});

test("a redirect, a file and a public page carry the headers too", async ({ request }) => {
  const redirect = await request.get("/sessions", { maxRedirects: 0 });
  expect(redirect.status()).toBe(307);
  expect(redirect.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  for (const path of ["/api/health", "/confidentialite", "/verification/ATT-0000000000ZZ"]) {
    const response = await request.get(path);
    expect(response.headers()["x-content-type-options"], path).toBe("nosniff");
    expect(response.headers()["content-security-policy"], path).toContain("'nonce-");
  }
});

test("a URL past 16 KiB is refused before any page or handler runs", async ({ request }) => {
  // Node's own limit on the request line and headers: the reason why the hostile-input
  // tests of the route handlers keep their URLs under it (tests/support/fuzz/url.ts).
  const long = "a".repeat(17 * 1024);
  expect((await request.get(`/api/health?q=${long}`)).status()).toBe(431);
  expect((await request.get(`/sessions/${long}`, { maxRedirects: 0 })).status()).toBe(431);
  // Just under it, the request reaches the app.
  expect((await request.get(`/api/health?q=${"a".repeat(15 * 1024)}`)).status()).toBe(200);
});

/** What the browser says about the policy from now on (the array fills as it reports). */
function watchCsp(page: Page): string[] {
  const reported: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) reported.push(message.text());
  });
  page.on("pageerror", (error) => reported.push(`pageerror: ${error.message}`));
  return reported;
}

test("the participant's pages run under the policy", async ({ page }) => {
  const violations = watchCsp(page);
  await signInAs(page, ACCOUNTS.claire);
  await expect(page.getByRole("heading", { level: 1, name: "Mes sessions" })).toBeVisible();
  // Client-side navigation (React Server Components fetches) under connect-src.
  await page.getByRole("link", { name: "Sessions terminées" }).click();
  await expect(page).toHaveURL(/vue=terminees|termin/);
  const details = page.getByRole("link", { name: "Afficher les détails de la session" }).first();
  await details.click();
  await expect(page).toHaveURL(/\/sessions\/[\w-]+$/);
  for (const path of ["/commandes", "/factures", "/parcours"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  }
  expect(violations).toEqual([]);
});

test("the company's and the organization's pages run under the policy", async ({ page }) => {
  const violations = watchCsp(page);
  await signInAs(page, ACCOUNTS.manager);
  await expect(page).toHaveURL(/\/entreprise\/[\w-]+$/);
  await page
    .getByRole("navigation", { name: "Espace entreprise" })
    .getByRole("link", { name: "Collaborateurs" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Collaborateurs" })).toBeVisible();

  await page.context().clearCookies();
  await signInAs(page, ACCOUNTS.organisme);
  await expect(page.getByRole("heading", { level: 1, name: "Espace organisme" })).toBeVisible();
  expect(violations).toEqual([]);
});

test("the signed-out pages run under the policy", async ({ page }) => {
  const violations = watchCsp(page);
  for (const path of ["/connexion", "/mot-de-passe-oublie", "/confidentialite", "/page-inconnue"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  }
  expect(violations).toEqual([]);
});

test("the browser does report what the policy refuses (the checks above can fail)", async ({
  page,
}) => {
  await page.goto("/connexion");
  const violations = watchCsp(page);
  // An inline style attribute: refused without 'unsafe-inline' in style-src.
  await page.evaluate(() => document.body.setAttribute("style", "outline: 1px solid red"));
  await expect.poll(() => violations.join("\n")).toMatch(/Content Security Policy/);
});
