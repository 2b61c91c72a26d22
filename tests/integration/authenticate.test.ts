import { describe, expect, it } from "vitest";
import { authenticate } from "../../lib/auth/credentials";
import { setupTestDatabase } from "../support/test-database";

const { db } = setupTestDatabase("seeded");

describe("credentials check", () => {
  it("accepts the demo participant, whatever the e-mail's case", async () => {
    const user = await authenticate({ email: "Participant@Demo.test", password: "parcours-demo" });
    expect(user).toMatchObject({ email: "participant@demo.test", name: "Claire Martin" });
  });

  it.each([
    ["a wrong password", { email: "participant@demo.test", password: "parcours-demo!" }],
    ["an unknown e-mail", { email: "personne@demo.test", password: "parcours-demo" }],
    ["empty fields", { email: "", password: "" }],
    ["a 10 kB e-mail", { email: `${"a".repeat(10_000)}@demo.test`, password: "parcours-demo" }],
    ["a 10 kB password", { email: "participant@demo.test", password: "p".repeat(10_000) }],
    ["a wrongly typed payload", { email: { $ne: null }, password: ["x"] }],
  ])("refuses %s", async (_, input) => {
    expect(await authenticate(input)).toBeNull();
  });

  it("refuses an account whose invitation was not accepted (no password yet)", async () => {
    const prisma = await db();
    await prisma.user.create({
      data: { email: "invite@demo.test", firstName: "In", lastName: "Vité" },
    });
    expect(await authenticate({ email: "invite@demo.test", password: "" })).toBeNull();
    expect(await authenticate({ email: "invite@demo.test", password: "parcours-demo" })).toBeNull();
  });
});
