import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./password";
import { can, permissionsOfRole, PERMISSIONS, ROLES } from "./permissions";
import { safeReturnPath } from "./return-path";
import { getAuthSecret } from "./secret";
import { signInSchema } from "./sign-in-schema";

describe("passwords", () => {
  it("verifies the right password and rejects others", async () => {
    const hash = await hashPassword("parcours-demo");
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(await verifyPassword("parcours-demo", hash)).toBe(true);
    expect(await verifyPassword("parcours-Demo", hash)).toBe(false);
  });

  it("salts every hash", async () => {
    expect(await hashPassword("x")).not.toBe(await hashPassword("x"));
  });

  it("rejects a malformed stored hash instead of throwing", async () => {
    expect(await verifyPassword("x", "md5$abc")).toBe(false);
  });
});

describe("the sign-in schema", () => {
  it("accepts an e-mail and a password", () => {
    expect(signInSchema.safeParse({ email: " Claire@Demo.test ", password: "p" }).success).toBe(
      true,
    );
  });

  it.each([
    [{ email: "", password: "" }],
    [{ email: "pas-une-adresse", password: "x" }],
    [{ email: `${"a".repeat(10_000)}@demo.test`, password: "x" }],
    [{ email: "a@b.fr", password: "p".repeat(10_000) }],
    [{ email: ["a@b.fr"], password: 1 }],
    [null],
  ])("refuses %j", (input) => {
    expect(signInSchema.safeParse(input).success).toBe(false);
  });
});

describe("return path after sign-in", () => {
  it.each([
    ["/commandes", "/commandes"],
    ["/sessions?vue=terminees", "/sessions?vue=terminees"],
    ["http://localhost:3000/factures", "/factures"],
    ["https://evil.example/", "/"],
    ["//evil.example", "/"],
    ["/\\evil.example", "/"],
    ["javascript:alert(1)", "/"],
    ["/connexion", "/"],
    [undefined, "/"],
  ])("%s -> %s", (input, expected) => {
    expect(safeReturnPath(input)).toBe(expected);
  });
});

describe("habilitations", () => {
  const viewer = { companies: [{ companyId: "c1", permissions: ["invoices.view", "made.up"] }] };

  it("allows a held permission in its company only", () => {
    expect(can(viewer, "invoices.view", "c1")).toBe(true);
    expect(can(viewer, "invoices.view", "c2")).toBe(false);
  });

  it("denies what is not held and what does not exist", () => {
    expect(can(viewer, "orders.view", "c1")).toBe(false);
    expect(can(viewer, "made.up" as never, "c1")).toBe(false);
    expect(permissionsOfRole("superuser")).toEqual([]);
  });

  it("bundles only known permissions in roles, and the manager role holds them all", () => {
    for (const role of Object.values(ROLES))
      for (const p of role.permissions) expect(PERMISSIONS).toHaveProperty(p);
    expect([...ROLES.manager.permissions].sort()).toEqual(Object.keys(PERMISSIONS).sort());
  });
});

describe("session secret", () => {
  it("is required in production", () => {
    expect(() => getAuthSecret({ NODE_ENV: "production" })).toThrow(/NEXTAUTH_SECRET/);
    expect(getAuthSecret({ NODE_ENV: "production", NEXTAUTH_SECRET: "s3cret" })).toBe("s3cret");
  });

  it("has a development default", () => {
    expect(getAuthSecret({ NODE_ENV: "development" })).toMatch(/not-for-production/);
  });
});
