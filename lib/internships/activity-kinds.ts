/**
 * The kinds of work of the fiche annuelle d'activités (hours per kind). The
 * statutory audit hours stand apart: they count towards the CAC track
 * (Code de commerce R.822-4: 200 hours at least).
 */
export const ACTIVITY_KINDS = [
  { key: "bookkeeping", label: "Tenue et révision comptable" },
  { key: "annualAccounts", label: "Établissement des comptes annuels et consolidés" },
  { key: "tax", label: "Fiscalité" },
  { key: "payroll", label: "Social et paie" },
  { key: "advisory", label: "Conseil et gestion" },
  { key: "contractualAudit", label: "Audit contractuel" },
  { key: "other", label: "Autres travaux" },
] as const;

export const CAC_KIND = {
  key: "statutoryAudit",
  label: "Commissariat aux comptes (audit légal)",
} as const;

export type ActivityKey = (typeof ACTIVITY_KINDS)[number]["key"] | typeof CAC_KIND.key;

export const ACTIVITY_KEYS: readonly ActivityKey[] = [
  ...ACTIVITY_KINDS.map((k) => k.key),
  CAC_KIND.key,
];

export type ActivityHours = Partial<Record<ActivityKey, number>>;

export function activityTotals(hours: ActivityHours | null | undefined) {
  const grid = hours ?? {};
  const general = ACTIVITY_KINDS.reduce((sum, k) => sum + (grid[k.key] ?? 0), 0);
  const cac = grid[CAC_KIND.key] ?? 0;
  return { general, cac, total: general + cac };
}

/** A stored grid, read defensively (the column is JSON). */
export function readActivityHours(value: unknown): ActivityHours {
  if (typeof value !== "object" || value === null) return {};
  const grid: ActivityHours = {};
  for (const key of ACTIVITY_KEYS) {
    const n = (value as Record<string, unknown>)[key];
    if (typeof n === "number" && Number.isFinite(n) && n >= 0) grid[key] = n;
  }
  return grid;
}
