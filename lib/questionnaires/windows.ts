import {
  addDays,
  formatDate,
  formatDateTime,
  parisDay,
  parisParts,
  parisTime,
} from "@/lib/dates/paris";
import type { QuestionnaireKind } from "@/lib/db/generated/enums";

/**
 * When a questionnaire accepts answers. The organization may set opensAt and
 * closesAt on the questionnaire; otherwise:
 * - positioning: from the registration until the session starts (Qualiopi
 *   indicator 8 positions the participant at entry, so never after the start);
 * - validation: from the end of the session, for validationTestOpenDays whole
 *   Paris calendar days after the end day (guide: "ouvert 10 jours"), so the
 *   participant always has the full last day, closing at midnight after it;
 * - satisfaction: from the end of the session for SATISFACTION_OPEN_DAYS days,
 *   same calendar rule. Sixty days: long enough for the reminders a
 *   satisfaction campaign sends, short enough that the answers still describe
 *   the training (Qualiopi indicator 30).
 */
export const SATISFACTION_OPEN_DAYS = 60;

export type QuestionnaireWindow = { opensAt: Date | null; closesAt: Date | null };
export type WindowState = "not-yet-open" | "open" | "closed";

export type WindowSession = { startsAt: Date; endsAt: Date; validationTestOpenDays: number };

/** Midnight (Paris) that ends the given number of whole days after the instant's Paris day. */
function midnightAfterDays(instant: Date, days: number): Date {
  const day = addDays(parisDay(instant), days + 1);
  return parisTime(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate());
}

export function questionnaireWindow(
  questionnaire: { kind: QuestionnaireKind; opensAt: Date | null; closesAt: Date | null },
  session: WindowSession,
): QuestionnaireWindow {
  const defaults: QuestionnaireWindow =
    questionnaire.kind === "POSITIONING"
      ? { opensAt: null, closesAt: session.startsAt }
      : questionnaire.kind === "VALIDATION"
        ? {
            opensAt: session.endsAt,
            closesAt: midnightAfterDays(session.endsAt, session.validationTestOpenDays),
          }
        : {
            opensAt: session.endsAt,
            closesAt: midnightAfterDays(session.endsAt, SATISFACTION_OPEN_DAYS),
          };
  return {
    opensAt: questionnaire.opensAt ?? defaults.opensAt,
    closesAt: questionnaire.closesAt ?? defaults.closesAt,
  };
}

/** Open from opensAt (inclusive) until closesAt (exclusive). */
export function windowState(window: QuestionnaireWindow, now: Date): WindowState {
  if (window.opensAt && now < window.opensAt) return "not-yet-open";
  if (window.closesAt && now >= window.closesAt) return "closed";
  return "open";
}

/** "25/06/2023" when the window closes at midnight, else "14/04/2023 à 14h00". */
export function formatInstant(date: Date): string {
  const { hour, minute } = parisParts(date);
  return hour === 0 && minute === 0 ? formatDate(date) : formatDateTime(date);
}

/** "à compléter avant le 25/06/2023", or null when the window never closes. */
export function deadlineLabel(window: QuestionnaireWindow): string | null {
  return window.closesAt ? `à compléter avant le ${formatInstant(window.closesAt)}` : null;
}

/** Why an answer is refused now, with the dates (null: the window is open). */
export function windowRefusal(window: QuestionnaireWindow, now: Date): string | null {
  const state = windowState(window, now);
  if (state === "not-yet-open" && window.opensAt) {
    return `Ce questionnaire n'est pas encore ouvert : il le sera à partir du ${formatInstant(window.opensAt)}.`;
  }
  if (state === "closed" && window.closesAt) {
    const opened = window.opensAt ? ` (ouvert à partir du ${formatInstant(window.opensAt)})` : "";
    return `Ce questionnaire est clos depuis le ${formatInstant(window.closesAt)}${opened} : il n'accepte plus de réponses.`;
  }
  return null;
}
