import { describe, expect, it } from "vitest";
import { signInSchema } from "./schemas";

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
