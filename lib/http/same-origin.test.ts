import { describe, expect, it } from "vitest";
import { isSameOrigin } from "./same-origin";

const post = (headers: Record<string, string>) =>
  new Request("http://localhost:3000/x", { method: "POST", headers });

describe("same origin", () => {
  it("accepts this site's pages, by Origin or else Referer", () => {
    expect(isSameOrigin(post({ host: "localhost:3000", origin: "http://localhost:3000" }))).toBe(
      true,
    );
    expect(isSameOrigin(post({ host: "localhost:3000", referer: "http://localhost:3000/a" }))).toBe(
      true,
    );
    expect(
      isSameOrigin(
        post({
          host: "app.internal:3000",
          "x-forwarded-host": "parcours.example.fr",
          origin: "https://parcours.example.fr",
        }),
      ),
    ).toBe(true);
  });

  it("refuses another site, a missing source and a malformed one", () => {
    expect(isSameOrigin(post({ host: "localhost:3000", origin: "https://evil.example" }))).toBe(
      false,
    );
    expect(isSameOrigin(post({ host: "localhost:3000", origin: "http://localhost:3001" }))).toBe(
      false,
    );
    expect(isSameOrigin(post({ host: "localhost:3000" }))).toBe(false);
    expect(isSameOrigin(post({ host: "localhost:3000", origin: "null" }))).toBe(false);
  });
});
