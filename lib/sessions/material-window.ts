import type { MaterialPhase } from "@/lib/db/generated/enums";

/**
 * When a training material can be downloaded (guide: AVANT, PENDANT or APRÈS
 * la formation, pour une période donnée). BEFORE opens as soon as the
 * registration is confirmed, DURING at the session's start, AFTER at its end;
 * it closes at availableUntil, or availableForDays after it opened, or never.
 */
export type MaterialRule = {
  phase: MaterialPhase;
  availableForDays: number | null;
  availableUntil: Date | null;
};
export type MaterialContext = {
  confirmedAt: Date | null;
  sessionStartsAt: Date;
  sessionEndsAt: Date;
};
export type MaterialWindow = { opensAt: Date | null; closesAt: Date | null };

const DAY_MS = 86_400_000;

export function materialWindow(rule: MaterialRule, ctx: MaterialContext): MaterialWindow {
  const opensAt =
    rule.phase === "BEFORE"
      ? ctx.confirmedAt
      : rule.phase === "DURING"
        ? ctx.sessionStartsAt
        : ctx.sessionEndsAt;
  let closesAt = rule.availableUntil;
  if (!closesAt && rule.availableForDays && opensAt)
    closesAt = new Date(opensAt.getTime() + rule.availableForDays * DAY_MS);
  return { opensAt, closesAt };
}

/** Open now: its opening has come (a BEFORE material needs a confirmed registration) and it has not closed. */
export function isMaterialOpen(window: MaterialWindow, now: Date): boolean {
  if (!window.opensAt || now < window.opensAt) return false;
  return !window.closesAt || now <= window.closesAt;
}
