import { describe, expect, it } from "vitest";
import { authCookies, sessionCookieName, usesSecureCookies } from "./cookies";

describe("secure session cookies", () => {
  it("are Secure in production and behind https, not on a developer's http", () => {
    expect(
      usesSecureCookies({ NODE_ENV: "production", NEXTAUTH_URL: "https://parcours.example.fr" }),
    ).toBe(true);
    expect(
      usesSecureCookies({ NODE_ENV: "production", NEXTAUTH_URL: "http://parcours.example.fr" }),
    ).toBe(true);
    expect(usesSecureCookies({ NODE_ENV: "production" })).toBe(true);
    expect(
      usesSecureCookies({ NODE_ENV: "development", NEXTAUTH_URL: "https://dev.example.fr" }),
    ).toBe(true);
    expect(
      usesSecureCookies({ NODE_ENV: "development", NEXTAUTH_URL: "http://localhost:3000" }),
    ).toBe(false);
    expect(usesSecureCookies({ NODE_ENV: "test" })).toBe(false);
  });

  it("are not Secure for a production build served on this machine over http (demo, e2e)", () => {
    for (const url of ["http://localhost:3000", "http://127.0.0.1:3100", "http://[::1]:3000"]) {
      expect(usesSecureCookies({ NODE_ENV: "production", NEXTAUTH_URL: url })).toBe(false);
    }
  });

  it("are HttpOnly, SameSite=Lax, on the whole site, prefixed when Secure", () => {
    for (const secure of [true, false]) {
      const cookies = authCookies(secure);
      for (const cookie of [cookies.sessionToken, cookies.callbackUrl, cookies.csrfToken]) {
        expect(cookie?.options).toEqual({ httpOnly: true, sameSite: "lax", path: "/", secure });
      }
      expect(cookies.sessionToken?.name).toBe(sessionCookieName(secure));
    }
    expect(authCookies(true).sessionToken?.name).toBe("__Secure-next-auth.session-token");
    expect(authCookies(true).csrfToken?.name).toBe("__Host-next-auth.csrf-token");
    expect(authCookies(false).sessionToken?.name).toBe("next-auth.session-token");
  });
});
