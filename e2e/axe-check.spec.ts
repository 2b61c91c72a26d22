import { axeViolations } from "./support/axe";
import { expect, test } from "./support/test";

/*
 * The accessibility audits (accessibility.spec.ts and the specs' own checks)
 * pass because axe finds nothing: this proves that axeViolations reports what
 * it must on a page made to fail, the page-wide rules (landmark-unique,
 * heading-order) beside the element rules.
 */
test.use({ database: "none" });

test("the accessibility check reports each violation of a page made to fail", async ({ page }) => {
  await page.setContent(`<!doctype html>
    <html lang="fr"><head><title>Page en échec</title></head><body>
      <main>
        <h1>Titre</h1>
        <h3>Un niveau de titre sauté</h3>
        <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
        <p style="color:#bbb;background:#fff">Un texte trop pâle</p>
        <section aria-label="Documents"><p>Rapports</p></section>
        <section aria-label="Documents"><p>Fiches</p></section>
      </main>
    </body></html>`);
  const rules = (await axeViolations(page)).map((v) => v.split(":")[0]);
  expect(new Set(rules)).toEqual(
    new Set(["heading-order", "image-alt", "color-contrast", "landmark-unique"]),
  );
});
