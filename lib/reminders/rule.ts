import type { NotificationCategory, NotificationChoice } from "@/lib/db/generated/enums";
import type { MailMessage } from "@/lib/mail/transport";
import type { MessageKind } from "@/lib/notifications/categories";

/**
 * The shape of one reminder rule (the table is ./rules.ts). A rule names an
 * event that has a date (an access ending, a questionnaire closing, a session
 * starting, an internship deadline), the offsets before it at which to remind,
 * who is reminded, and the message kind (which gives the category and whether
 * it may be turned off, lib/notifications/categories.ts). Its source loads,
 * in a few set-based queries, the subjects whose event falls in a window and
 * that still need the reminder now (not done, not answered, not extended) for
 * people whose choice for the category is not "Jamais".
 *
 * A new rule is one row with its source; the pass (./pass.ts) does the rest:
 * offsets, quiet hours, catch-up, dedupe.
 */
export type ReminderAudience = "participant" | "stagiaire" | "maîtres et contrôleurs de stage";

export type ReminderCandidate = {
  /** What the reminder is about (a registration, a participant's year): part of its dedupe key. */
  subjectId: string;
  userId: string;
  /** The person's choice for the rule's category (never NEVER: sources leave those out). */
  choice: NotificationChoice;
  /** The moment the offsets count back from. */
  eventAt: Date;
  /** Builds the message when it is due, from the data the source loaded. */
  build: (offsetDays: number) => Promise<MailMessage | null>;
};

export type ReminderWindow = { from: Date; to: Date };

export type ReminderRule = {
  key: string;
  /** What happens at eventAt, for the people who read the table. */
  event: string;
  /** Days before the event; 0 means at the event itself. */
  offsetsDays: readonly number[];
  audience: ReminderAudience;
  kind: MessageKind;
  /** The French label of the job in the logs. */
  label: string;
  /**
   * How long after its moment a reminder may still go (the worker was down,
   * or the moment fell in quiet hours). Later than that it is dropped.
   */
  lateToleranceMs: number;
  /** At most this many per pass when its messages are heavy to build (default: MAX_PER_RULE_AND_PASS). */
  maxPerPass?: number;
  /** The candidates whose event lies within the window, as of `now`. */
  candidates: (window: ReminderWindow, now: Date) => Promise<ReminderCandidate[]>;
};

export const DAY_MS = 86_400_000;

/**
 * The reminded person as a participant's source loads them: who, where to
 * write, and their choice for the rule's category (no row: IMMEDIATE).
 */
export function remindedUserSelect(category: NotificationCategory) {
  return {
    select: {
      id: true,
      email: true,
      firstName: true,
      notificationPrefs: { where: { category }, select: { choice: true } },
    },
  };
}
