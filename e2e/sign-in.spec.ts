import { LAST_SPACE_COOKIE } from "../lib/auth/spaces";
import { ACCOUNTS, signIn, signInAs, submitSignIn } from "./support/accounts";
import { expect, test } from "./support/test";

const GENERIC = "Adresse e-mail ou mot de passe incorrect";

test("the demo participant signs in and finds the guide's sessions under Mes sessions", async ({
  page,
}) => {
  await signInAs(page, ACCOUNTS.claire);
  await expect(page.getByRole("heading", { level: 1, name: "Mes sessions" })).toBeVisible();
  await expect(page.getByRole("banner")).toContainText("Claire Martin");
  for (const title of ["Test Cycle 1ère année (Stage)", "FORMATION SAFIR 2", "FORMATION SAFIR 3"]) {
    await expect(page.getByRole("heading", { name: title })).toBeVisible();
  }
  const safir2 = page.getByRole("article", { name: "FORMATION SAFIR 2" });
  await expect(safir2).toContainText("20230117");
  await expect(safir2.getByText("Inscription en attente")).toBeVisible();
  await page.getByRole("link", { name: "Sessions terminées" }).click();
  await expect(
    page.getByRole("heading", { name: "Comptables : s'initier au social pour mieux communiquer" }),
  ).toBeVisible();
  await expect(
    page
      .getByRole("navigation", { name: "Espace participant" })
      .getByRole("link", { name: "Commandes" }),
  ).toBeVisible();
  await expect(page.getByRole("contentinfo")).toContainText("Du lundi au vendredi de 9h à 18h");
});

test("a wrong password gets the one generic message and stays on /connexion", async ({ page }) => {
  await signIn(page, ACCOUNTS.claire, "mauvais-mot-de-passe");
  await expect(page.getByRole("alert").filter({ hasText: GENERIC })).toBeVisible();
  await expect(page).toHaveURL(/\/connexion/);
});

test("an unknown account, empty, malformed and over-long fields get the same message", async ({
  page,
}) => {
  for (const [email, password] of [
    ["inconnu@demo.test", "parcours-demo"],
    ["", ""],
    ["pas-une-adresse", "x"],
    [`${"a".repeat(10_000)}@demo.test`, "p".repeat(10_000)],
  ] as const) {
    await signIn(page, email, password);
    await expect(page.getByRole("alert").filter({ hasText: GENERIC })).toBeVisible();
  }
});

test("the credentials endpoint answers a 10 kB payload without a server error", async ({
  request,
  baseURL,
}) => {
  const csrf = await (await request.get("/api/auth/csrf")).json();
  const response = await request.post("/api/auth/callback/credentials", {
    // As the sign-in page would send it (another origin is refused, see security-headers.spec).
    headers: { origin: baseURL! },
    form: {
      csrfToken: csrf.csrfToken,
      email: "x".repeat(10_000),
      password: "y".repeat(10_000),
      json: "true",
    },
    maxRedirects: 0,
  });
  expect(response.status()).toBeLessThan(500);
});

test("an anonymous visit goes to sign-in and comes back to the page asked for", async ({
  page,
}) => {
  await page.goto("/commandes");
  await expect(page).toHaveURL(/\/connexion\?callbackUrl=%2Fcommandes/);
  await submitSignIn(page, ACCOUNTS.claire);
  await expect(page).toHaveURL(/\/commandes$/);
  await expect(page.getByRole("heading", { level: 1, name: "Commandes" })).toBeVisible();
});

test("an external callbackUrl is ignored after sign-in", async ({ page }) => {
  await page.goto("/connexion?callbackUrl=https%3A%2F%2Fevil.example%2F");
  await submitSignIn(page, ACCOUNTS.claire);
  await expect(page).toHaveURL(/localhost:\d+\/sessions$/);
});

test("sign-out ends the session", async ({ page }) => {
  await signInAs(page, ACCOUNTS.claire);
  await page.getByRole("button", { name: "Se déconnecter" }).click();
  await expect(page).toHaveURL(/\/connexion/);
  await page.goto("/sessions");
  await expect(page).toHaveURL(/\/connexion\?callbackUrl=%2Fsessions/);
});

test("the spaces come from the memberships", async ({ page }) => {
  await signInAs(page, ACCOUNTS.manager);
  await expect(page).toHaveURL(/\/entreprise\/[\w-]+$/);
  await expect(page.getByRole("heading", { name: "Cabinet Delorme & Associés" })).toBeVisible();
  await page.goto("/sessions");
  await expect(page).not.toHaveURL(/\/sessions$/);

  await page.context().clearCookies();
  await signInAs(page, ACCOUNTS.organisme);
  await expect(page).toHaveURL(/\/organisme$/);
  await expect(page.getByRole("heading", { level: 1, name: "Espace organisme" })).toBeVisible();
  await expect(page.getByRole("main")).toContainText("CRFC Centre-Est");
});

test("the header lists every space of the account and signing in lands on the last one used", async ({
  page,
}) => {
  await signInAs(page, ACCOUNTS.manager);
  await expect(page).toHaveURL(/\/entreprise\/[\w-]+$/);
  const spaces = page.getByRole("navigation", { name: "Espaces" });
  await expect(spaces.getByRole("link", { name: "Entreprise" })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await spaces.getByRole("link", { name: "Espace maître de stage" }).click();
  await expect(page).toHaveURL(/\/maitre-de-stage$/);
  // Next prefetches the header's links to the other spaces; a prefetch is not a visit, and
  // the space remembered stays the one opened (the proxy, which cannot tell the two apart,
  // used to remember whichever space was prefetched last).
  const prefetch = await page.request.get("/entreprise", {
    headers: { RSC: "1", "Next-Router-Prefetch": "1" },
    maxRedirects: 0,
  });
  expect(prefetch.status()).toBeLessThan(400);

  // A new sign-in (the session cookie gone, the browser's memory of the space kept).
  const remembered = async () =>
    (await page.context().cookies()).filter((c) => c.name === LAST_SPACE_COOKIE);
  await expect.poll(async () => (await remembered()).map((c) => c.value)).toEqual(["supervisor"]);
  const kept = await remembered();
  await page.context().clearCookies();
  await page.context().addCookies(kept);
  await signInAs(page, ACCOUNTS.manager);
  await expect(page).toHaveURL(/\/maitre-de-stage$/);
});

test("public pages need no session", async ({ page }) => {
  await page.goto("/confidentialite");
  await expect(page.getByRole("heading", { level: 1, name: /Confidentialité/ })).toBeVisible();
  await page.goto("/mentions-legales");
  await expect(page.getByRole("heading", { level: 1, name: "Mentions légales" })).toBeVisible();
});

test("the production server refuses to start without its session secret", async () => {
  const { spawnSync } = await import("node:child_process");
  const port = Number(process.env.E2E_PORT ?? 3100);
  const result = spawnSync("npx", ["next", "start", "-p", String(port + 50)], {
    env: {
      ...process.env,
      NEXTAUTH_SECRET: "",
      NODE_ENV: "production",
      NEXT_DIST_DIR: `.next-e2e-${port}`,
      PGLITE_DIR: "memory://",
    },
    timeout: 25_000,
    encoding: "utf8",
  });
  expect(result.status).toBe(1);
  expect(`${result.stdout}${result.stderr}`).toContain("NEXTAUTH_SECRET manque");
});
