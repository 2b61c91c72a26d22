import "server-only";
import { getDb } from "@/lib/db";
import { sendWeeklyDigests } from "@/lib/notifications/digest";
import { queueNotice } from "@/lib/notifications/notice";
import { routingOfChoice } from "@/lib/notifications/preferences";
import { dueOffset } from "./due";
import { DAY_MS, type ReminderCandidate, type ReminderRule } from "./rule";
import { REMINDER_RULES } from "./rules";
import { isSendingHour, sendingHoursFromEnv, type SendingHours } from "./sending-hours";

/**
 * The reminder pass, run by the mail worker every minute. For each rule it
 * loads the candidates whose event is near (set-based, a few queries per
 * rule), picks for each the latest offset whose moment has come and is not
 * older than the rule's tolerance (a day: after downtime the worker catches
 * up, but a reminder whose moment is long gone is dropped), and queues it
 * once (dedupe key: rule, subject, offset). Everything is computed from the
 * data at that moment: a test answered or an access extended is no longer a
 * candidate. Outside the sending hours nothing goes; the moment waits.
 * Then the weekly digests, which also leave in the sending hours only.
 */
export const reminderKey = (rule: string, subjectId: string, offsetDays: number) =>
  `reminder:${rule}:${subjectId}:J-${offsetDays}`;

export type ReminderPassReport = {
  quiet: boolean;
  queued: Record<string, number>;
  digests: number;
};

const KEY_CHUNK = 5_000;
/**
 * At most this many reminders per rule and pass: each is built in the
 * background (a convocation is a PDF) with its own queries, and hundreds at
 * once would exhaust the connection pool. The rest go at the next minute's
 * pass, the oldest moments first (the tolerance is a day).
 */
export const MAX_PER_RULE_AND_PASS = 100;

async function existingKeys(keys: string[]): Promise<Set<string>> {
  const db = await getDb();
  const found = new Set<string>();
  for (let i = 0; i < keys.length; i += KEY_CHUNK) {
    const rows = await db.mailJob.findMany({
      where: { dedupeKey: { in: keys.slice(i, i + KEY_CHUNK) } },
      select: { dedupeKey: true },
    });
    for (const row of rows) if (row.dedupeKey) found.add(row.dedupeKey);
  }
  return found;
}

export async function runRule(rule: ReminderRule, now: Date): Promise<number> {
  const offsets = rule.offsetsDays.map((d) => d * DAY_MS);
  const window = {
    from: new Date(now.getTime() + Math.min(...offsets) - rule.lateToleranceMs),
    to: new Date(now.getTime() + Math.max(...offsets)),
  };
  const candidates = await rule.candidates(window, now);
  const due: { candidate: ReminderCandidate; offset: number; key: string; moment: number }[] = [];
  for (const candidate of candidates) {
    const offset = dueOffset(rule, candidate.eventAt, now);
    if (offset === null) continue;
    const key = reminderKey(rule.key, candidate.subjectId, offset);
    due.push({ candidate, offset, key, moment: candidate.eventAt.getTime() - offset * DAY_MS });
  }
  if (due.length === 0) return 0;
  const already = await existingKeys(due.map((d) => d.key));
  const fresh = due.filter((d) => !already.has(d.key)).sort((a, b) => a.moment - b.moment);
  let queued = 0;
  for (const { candidate, offset, key } of fresh.slice(
    0,
    rule.maxPerPass ?? MAX_PER_RULE_AND_PASS,
  )) {
    queueNotice({
      kind: rule.kind,
      label: rule.label,
      userId: candidate.userId,
      dedupeKey: key,
      routing: routingOfChoice(candidate.choice),
      build: () => candidate.build(offset),
    });
    queued++;
  }
  return queued;
}

export async function runReminderPass(
  now: Date = new Date(),
  options: { hours?: SendingHours; rules?: readonly ReminderRule[] } = {},
): Promise<ReminderPassReport> {
  const hours = options.hours ?? sendingHoursFromEnv();
  if (!isSendingHour(now, hours)) return { quiet: true, queued: {}, digests: 0 };
  const queued: Record<string, number> = {};
  for (const rule of options.rules ?? REMINDER_RULES) {
    queued[rule.key] = await runRule(rule, now);
  }
  const digests = await sendWeeklyDigests(now);
  return { quiet: false, queued, digests };
}
