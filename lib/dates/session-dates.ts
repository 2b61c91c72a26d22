import { formatCalendarDay } from "./paris";
import type { HalfDay } from "@/lib/db/generated/enums";
import { HALF_DAY_LABELS } from "@/lib/format/labels";

/**
 * The dates of a session as the card shows them: every day, with "(matin)" or
 * "(après-midi)" when only that half-day is taught ("11/04/2023 (après-midi),
 * 12/04/2023 (matin)"). A day with both half-days is just the day.
 */
export function formatSessionDays(slots: readonly { date: Date; halfDay: HalfDay }[]): string[] {
  const days = new Map<string, { date: Date; halves: Set<HalfDay> }>();
  for (const slot of [...slots].sort((a, b) => a.date.getTime() - b.date.getTime())) {
    const key = slot.date.toISOString().slice(0, 10);
    const day = days.get(key) ?? { date: slot.date, halves: new Set<HalfDay>() };
    day.halves.add(slot.halfDay);
    days.set(key, day);
  }
  return [...days.values()].map(({ date, halves }) => {
    const only = halves.size === 1 ? [...halves][0] : undefined;
    const label = only ? HALF_DAY_LABELS[only] : null;
    return label ? `${formatCalendarDay(date)} (${label})` : formatCalendarDay(date);
  });
}
