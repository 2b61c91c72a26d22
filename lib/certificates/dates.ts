import { formatDate } from "@/lib/dates/paris";
import type { HalfDay } from "@/lib/db/generated/enums";
import { formatSessionDays } from "@/lib/dates/session-dates";

/**
 * The dates a certificate (and its public check) states: the days of the
 * slots, or for an e-learning module the span from the opening of the access
 * to the last unit completed.
 */
export function trainingDates(src: {
  slots: readonly { date: Date; halfDay: HalfDay }[];
  elearningStartsAt: Date | null;
  elearningCompletedAt: Date | null;
}): string {
  if (src.slots.length > 0) return formatSessionDays(src.slots).join(", ");
  if (!src.elearningStartsAt) return "";
  return src.elearningCompletedAt
    ? `du ${formatDate(src.elearningStartsAt)} au ${formatDate(src.elearningCompletedAt)}`
    : `depuis le ${formatDate(src.elearningStartsAt)}`;
}

/** The latest completion among the units (null while one is not completed). */
export function lastCompletion(progress: readonly { completedAt: Date | null }[]): Date | null {
  let last: Date | null = null;
  for (const p of progress) {
    if (!p.completedAt) continue;
    if (!last || p.completedAt > last) last = p.completedAt;
  }
  return last;
}
