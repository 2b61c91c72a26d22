import { describe, expect, it } from "vitest";
import { siteRedirect } from "./site-redirect";

const baseUrl = "https://parcours.exemple.fr";

describe("siteRedirect", () => {
  it("keeps paths and URLs of the site", () => {
    expect(siteRedirect({ url: "/sessions?vue=terminees", baseUrl })).toBe(
      "https://parcours.exemple.fr/sessions?vue=terminees",
    );
    expect(siteRedirect({ url: `${baseUrl}/factures`, baseUrl })).toBe(`${baseUrl}/factures`);
  });

  it("sends other sites and what is not a URL to the root, without throwing", () => {
    for (const url of [
      "https://exemple.invalid/",
      "javascript:alert(1)",
      "' OR '1'='1",
      "",
      "\u0000",
    ])
      expect(siteRedirect({ url, baseUrl })).toBe(baseUrl);
  });
});
