import { describe, expect, it } from "vitest";
import {
  contentSecurityPolicy,
  newNonce,
  staticSecurityHeaders,
  withSecurityHeaders,
} from "./security-headers";

const directive = (csp: string, name: string) =>
  csp.split("; ").find((d) => d.startsWith(`${name} `));

describe("content security policy", () => {
  it("runs scripts by nonce only, never inline, and cannot be framed", () => {
    const csp = contentSecurityPolicy("abc", { NODE_ENV: "production" });
    expect(directive(csp, "script-src")).toBe("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(directive(csp, "style-src")).toBe("style-src 'self' 'nonce-abc'");
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).not.toContain("unsafe-eval");
    expect(directive(csp, "frame-ancestors")).toBe("frame-ancestors 'none'");
    expect(directive(csp, "object-src")).toBe("object-src 'none'");
    // The web manifest, so that the app installs on a phone.
    expect(directive(csp, "manifest-src")).toBe("manifest-src 'self'");
  });

  it("allows eval in development only (React's error stacks)", () => {
    const csp = contentSecurityPolicy("abc", { NODE_ENV: "development" });
    expect(directive(csp, "script-src")).toContain("'unsafe-eval'");
    expect(directive(csp, "script-src")).not.toContain("unsafe-inline");
  });

  it("uses a new unguessable nonce each time", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{24}$/);
  });
});

describe("static headers", () => {
  it("send HSTS in production only", () => {
    const names = (env: string) => staticSecurityHeaders({ NODE_ENV: env }).map(([n]) => n);
    expect(names("production")).toContain("Strict-Transport-Security");
    expect(names("development")).not.toContain("Strict-Transport-Security");
    expect(names("development")).toEqual(
      expect.arrayContaining(["X-Content-Type-Options", "Referrer-Policy", "Permissions-Policy"]),
    );
  });

  it("keep the policy a response brings (the 503 page's own)", () => {
    const own = new Response("", { headers: { "Content-Security-Policy": "default-src 'none'" } });
    expect(withSecurityHeaders(own, "x").headers.get("Content-Security-Policy")).toBe(
      "default-src 'none'",
    );
    const plain = withSecurityHeaders(new Response(""), "default-src 'self'");
    expect(plain.headers.get("Content-Security-Policy")).toBe("default-src 'self'");
    expect(plain.headers.get("X-Content-Type-Options")).toBe("nosniff");
  });
});
