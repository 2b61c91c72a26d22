import { describe, expect, it } from "vitest";
import { dutyStatus, professionHasDuty } from "./duty";

describe("continuing-education duty", () => {
  it("sums the current year and the two before, and checks 20 h a year", () => {
    const status = dutyStatus(
      new Map([
        [2023, 6000],
        [2024, 2400],
        [2025, 1000],
        [2026, 600],
      ]),
      2026,
    );
    expect(status.years).toEqual([
      { year: 2024, minutes: 2400, meetsYearly: true },
      { year: 2025, minutes: 1000, meetsYearly: false },
      { year: 2026, minutes: 600, meetsYearly: false },
    ]);
    expect(status.threeYearMinutes).toBe(4000);
    expect(status.meetsThreeYears).toBe(false);
    expect(status.missingMinutes).toBe(7200 - 4000);
  });

  it("is met at exactly 120 h", () => {
    expect(
      dutyStatus(
        new Map([
          [2024, 2400],
          [2025, 2400],
          [2026, 2400],
        ]),
        2026,
      ),
    ).toMatchObject({ meetsThreeYears: true, missingMinutes: 0 });
  });

  it("applies to experts-comptables and commissaires aux comptes", () => {
    expect(professionHasDuty("EXPERT_COMPTABLE")).toBe(true);
    expect(professionHasDuty("COMMISSAIRE_AUX_COMPTES")).toBe(true);
    expect(professionHasDuty("COLLABORATEUR_COMPTABLE")).toBe(false);
  });
});
