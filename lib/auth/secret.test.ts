import { describe, expect, it } from "vitest";
import { getAuthSecret } from "./secret";

describe("session secret", () => {
  it("is required in production", () => {
    expect(() => getAuthSecret({ NODE_ENV: "production" })).toThrow(/NEXTAUTH_SECRET/);
    expect(getAuthSecret({ NODE_ENV: "production", NEXTAUTH_SECRET: "s3cret" })).toBe("s3cret");
  });

  it("has a development default", () => {
    expect(getAuthSecret({ NODE_ENV: "development" })).toMatch(/not-for-production/);
  });
});
