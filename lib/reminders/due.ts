import { DAY_MS, type ReminderRule } from "./rule";

/**
 * The offset of a rule that is due for an event now: the nearest one to the
 * event whose moment has come, unless that moment is older than the rule's
 * tolerance (then nothing: a reminder long overdue is dropped, and an earlier
 * offset, older still, never goes instead). Null when none is due.
 */
export function dueOffset(
  rule: Pick<ReminderRule, "offsetsDays" | "lateToleranceMs">,
  eventAt: Date,
  now: Date,
): number | null {
  const nearestFirst = [...rule.offsetsDays].sort((a, b) => a - b);
  for (const offset of nearestFirst) {
    const moment = eventAt.getTime() - offset * DAY_MS;
    if (moment > now.getTime()) continue;
    return now.getTime() - moment <= rule.lateToleranceMs ? offset : null;
  }
  return null;
}
