import { describe, expect, it } from "vitest";
import { currentSelfSignCode, matchesSelfSignCode } from "./self-sign-code";

const SECRET = "secret-de-test";
const t0 = new Date("2026-12-07T09:10:00.000Z");
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

describe("the slot self-sign code", () => {
  it("is six digits, the same within a minute, and says when it changes", () => {
    const a = currentSelfSignCode(SECRET, "slot-a", at(0));
    expect(a.code).toMatch(/^\d{6}$/);
    expect(currentSelfSignCode(SECRET, "slot-a", at(59)).code).toBe(a.code);
    expect(a.expiresAt).toEqual(at(60));
  });

  it("rotates every minute", () => {
    const codes = new Set(
      Array.from({ length: 10 }, (_, i) => currentSelfSignCode(SECRET, "slot-a", at(i * 60)).code),
    );
    expect(codes.size).toBeGreaterThan(8);
  });

  it("belongs to one slot and one secret", () => {
    const code = currentSelfSignCode(SECRET, "slot-a", at(0)).code;
    expect(matchesSelfSignCode(SECRET, "slot-a", code, at(10))).toBe(true);
    expect(matchesSelfSignCode(SECRET, "slot-b", code, at(10))).toBe(false);
    expect(matchesSelfSignCode("autre-secret", "slot-a", code, at(10))).toBe(false);
  });

  it("accepts the previous minute's code (read at :58, typed at :05), not older ones", () => {
    const code = currentSelfSignCode(SECRET, "slot-a", at(0)).code;
    expect(matchesSelfSignCode(SECRET, "slot-a", code, at(65))).toBe(true);
    expect(matchesSelfSignCode(SECRET, "slot-a", code, at(125))).toBe(false);
  });

  it("refuses what is not six digits, and ignores spaces", () => {
    const code = currentSelfSignCode(SECRET, "slot-a", at(0)).code;
    expect(
      matchesSelfSignCode(SECRET, "slot-a", `${code.slice(0, 3)} ${code.slice(3)}`, at(1)),
    ).toBe(true);
    for (const bad of ["", "12345", "1234567", "abcdef", `${code}0`, "１２３４５６"]) {
      expect(matchesSelfSignCode(SECRET, "slot-a", bad, at(1))).toBe(false);
    }
  });
});
