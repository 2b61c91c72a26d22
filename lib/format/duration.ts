/**
 * Durations as the guide shows them: "6h00 (0.85)" — hours and the course's
 * day figure, which the organization sets; by default hours / 7.
 */
export function formatHours(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${h}h${String(m).padStart(2, "0")}`;
}

export function dayFigure(minutes: number, durationDays: number | null | undefined): number {
  if (durationDays !== null && durationDays !== undefined) return durationDays;
  return Math.round((minutes / 60 / 7) * 100) / 100;
}

/** "6h00 (0.85)" */
export function formatDuration(minutes: number, durationDays: number | null | undefined): string {
  const days = dayFigure(minutes, durationDays);
  return `${formatHours(minutes)} (${days.toLocaleString("en-US", { maximumFractionDigits: 2 })})`;
}
