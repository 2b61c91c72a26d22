import type { Profession } from "@/lib/db/generated/enums";

/**
 * The continuing-education duty of experts-comptables and commissaires aux
 * comptes: 120 hours over three rolling years (this year and the two before),
 * with at least 20 hours each year.
 */
export const DUTY = { threeYearMinutes: 120 * 60, yearlyMinutes: 20 * 60 } as const;

export function professionHasDuty(profession: Profession): boolean {
  return profession === "EXPERT_COMPTABLE" || profession === "COMMISSAIRE_AUX_COMPTES";
}

export type DutyStatus = {
  years: { year: number; minutes: number; meetsYearly: boolean }[];
  threeYearMinutes: number;
  meetsThreeYears: boolean;
  missingMinutes: number;
};

export function dutyStatus(
  minutesByYear: ReadonlyMap<number, number>,
  currentYear: number,
): DutyStatus {
  const years = [currentYear - 2, currentYear - 1, currentYear].map((year) => {
    const minutes = minutesByYear.get(year) ?? 0;
    return { year, minutes, meetsYearly: minutes >= DUTY.yearlyMinutes };
  });
  const threeYearMinutes = years.reduce((sum, y) => sum + y.minutes, 0);
  return {
    years,
    threeYearMinutes,
    meetsThreeYears: threeYearMinutes >= DUTY.threeYearMinutes,
    missingMinutes: Math.max(0, DUTY.threeYearMinutes - threeYearMinutes),
  };
}
