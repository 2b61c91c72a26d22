import { expect, test } from "./support/test";

/*
 * Parcours installs on a phone's home screen: the web manifest, its icons and
 * the favicon are served to anyone (no redirect to /connexion), the pages link
 * them, and the content security policy lets the browser read the manifest.
 */

/** Width and height from a PNG's IHDR chunk. */
function pngSize(body: Buffer): { width: number; height: number } {
  expect(body.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: body.readUInt32BE(16), height: body.readUInt32BE(20) };
}

test("the web manifest names Parcours in French, with its colour and icons", async ({
  request,
}) => {
  const response = await request.get("/manifest.webmanifest", { maxRedirects: 0 });
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/manifest+json");
  const manifest = await response.json();
  expect(manifest).toMatchObject({
    name: "Parcours",
    lang: "fr",
    start_url: "/",
    display: "standalone",
    theme_color: "#184c87",
  });
  const icons = manifest.icons as { src: string; sizes: string; purpose: string }[];
  expect(icons.map((i) => `${i.sizes} ${i.purpose}`).sort()).toEqual([
    "192x192 any",
    "192x192 maskable",
    "512x512 any",
    "512x512 maskable",
  ]);
  for (const icon of icons) {
    const file = await request.get(icon.src, { maxRedirects: 0 });
    expect(file.status(), icon.src).toBe(200);
    expect(file.headers()["content-type"]).toBe("image/png");
    const side = Number(icon.sizes.split("x")[0]);
    expect(pngSize(await file.body())).toEqual({ width: side, height: side });
  }
});

test("the favicon and the apple-touch-icon are served to a signed-out visitor", async ({
  request,
}) => {
  const favicon = await request.get("/favicon.ico", { maxRedirects: 0 });
  expect(favicon.status()).toBe(200);
  expect((await favicon.body()).readUInt16LE(2)).toBe(1); // an icon resource
  const svg = await request.get("/icon.svg", { maxRedirects: 0 });
  expect(svg.status()).toBe(200);
  expect(svg.headers()["content-type"]).toContain("image/svg+xml");
  const apple = await request.get("/apple-touch-icon.png", { maxRedirects: 0 });
  expect(apple.status()).toBe(200);
  expect(pngSize(await apple.body())).toEqual({ width: 180, height: 180 });
});

test("the pages link the manifest and icons, and the policy allows the manifest", async ({
  page,
}) => {
  const response = await page.goto("/connexion");
  const csp = response!.headers()["content-security-policy"] ?? "";
  expect(csp.split(/;\s*/)).toContain("manifest-src 'self'");
  const head = page.locator("head");
  await expect(head.locator('link[rel="manifest"]')).toHaveAttribute(
    "href",
    "/manifest.webmanifest",
  );
  await expect(head.locator('link[rel="apple-touch-icon"]')).toHaveAttribute(
    "href",
    "/apple-touch-icon.png",
  );
  await expect(head.locator('link[rel="icon"][type="image/svg+xml"]')).toHaveAttribute(
    "href",
    "/icon.svg",
  );
  await expect(head.locator('meta[name="theme-color"]')).toHaveAttribute("content", "#184c87");
});
