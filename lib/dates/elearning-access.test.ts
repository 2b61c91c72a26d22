import { describe, expect, it } from "vitest";
import { elearningAccess } from "./elearning-access";

const at = (iso: string) => new Date(iso);

describe("e-learning access", () => {
  it("waits for the payment", () => {
    expect(
      elearningAccess({ accessStartsAt: null, accessDays: 90 }, at("2026-04-01T00:00:00Z")),
    ).toEqual({
      state: "awaiting-payment",
      days: 90,
    });
  });

  it("lasts the access length from its opening", () => {
    const input = { accessStartsAt: at("2023-03-24T08:00:00Z"), accessDays: 90 };
    const open = elearningAccess(input, at("2023-04-01T00:00:00Z"));
    expect(open).toMatchObject({ state: "open", closesAt: at("2023-06-22T08:00:00Z") });
    expect(elearningAccess(input, at("2023-06-22T08:00:01Z")).state).toBe("expired");
    expect(elearningAccess(input, at("2023-03-24T07:59:59Z")).state).toBe("not-yet-open");
  });
});
