import { describe, expect, it } from "vitest";
import { isUniqueViolation } from "./unique-violation";

describe("isUniqueViolation", () => {
  it("reads the column from meta.target or from the driver adapter's constraint", () => {
    expect(isUniqueViolation({ code: "P2002", meta: { target: ["reference"] } }, "reference")).toBe(
      true,
    );
    const adapter = (constraint: object) => ({
      code: "P2002",
      meta: { driverAdapterError: { cause: { kind: "UniqueConstraintViolation", constraint } } },
    });
    expect(isUniqueViolation(adapter({ fields: ["reference"] }), "reference")).toBe(true);
    expect(isUniqueViolation(adapter({ index: "Order_reference_key" }), "reference")).toBe(true);
    expect(isUniqueViolation(adapter({ fields: ["number"] }), "reference")).toBe(false);
    expect(isUniqueViolation(adapter({ fields: ["number"] }))).toBe(true);
  });

  it("is false for anything else", () => {
    expect(isUniqueViolation(new Error("boom"))).toBe(false);
    expect(isUniqueViolation({ code: "P2025" })).toBe(false);
    expect(isUniqueViolation(null)).toBe(false);
  });
});
