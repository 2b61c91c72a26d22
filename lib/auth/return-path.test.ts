import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./return-path";

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
