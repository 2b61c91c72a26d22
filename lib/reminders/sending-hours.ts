import { parisParts } from "@/lib/dates/paris";

/**
 * Reminders leave between 8h and 20h, Paris time; outside those hours they
 * wait (a moment that falls at night is sent the next morning).
 * REMINDER_HOURS="8-20" changes the hours ("0-24": at any time, as the
 * end-to-end tests run).
 */
export type SendingHours = { from: number; to: number };

export const DEFAULT_SENDING_HOURS: SendingHours = { from: 8, to: 20 };

export function sendingHoursFromEnv(
  env: Record<string, string | undefined> = process.env,
): SendingHours {
  const match = /^\s*(\d{1,2})\s*-\s*(\d{1,2})\s*$/.exec(env.REMINDER_HOURS ?? "");
  if (!match) return DEFAULT_SENDING_HOURS;
  const from = Number(match[1]);
  const to = Number(match[2]);
  return from < to && to <= 24 ? { from, to } : DEFAULT_SENDING_HOURS;
}

export function isSendingHour(now: Date, hours: SendingHours = sendingHoursFromEnv()): boolean {
  const { hour } = parisParts(now);
  return hour >= hours.from && hour < hours.to;
}
