import "server-only";
import { parisDay } from "@/lib/dates/paris";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/db/generated/client";
import { compose, hello } from "@/lib/mail/messages";
import { resumeDueMail, toStored } from "@/lib/mail/queue";
import { CATEGORY_LABELS, isOptionalCategory, type OptionalCategory } from "./categories";
import { withPreferenceLinks } from "./footer";
import { preferenceLinks } from "./links";

/**
 * The weekly digest: on Mondays (in the reminders' sending hours), each
 * person who chose "Résumé hebdomadaire" for a category gets one e-mail
 * gathering the notices held for them since the last digest. No notice, no
 * digest. A notice whose category was turned to "Jamais" since is dropped.
 * The held notices are marked and the digest stored in one transaction, and
 * the digest's dedupe key (person, week) keeps two instances from sending two.
 */
export const digestKey = (userId: string, monday: Date) =>
  `digest:${userId}:${monday.toISOString().slice(0, 10)}`;

const MONDAY = 1;

export function isDigestDay(now: Date): boolean {
  return parisDay(now).getUTCDay() === MONDAY;
}

type Held = { id: string; category: OptionalCategory; summary: string; createdAt: Date };

export async function sendWeeklyDigests(now: Date = new Date()): Promise<number> {
  if (!isDigestDay(now)) return 0;
  const monday = parisDay(now);
  const db = await getDb();
  const jobs = await db.mailJob.findMany({
    where: { status: "HELD", userId: { not: null }, createdAt: { lte: now } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, userId: true, category: true, message: true, createdAt: true },
  });
  if (jobs.length === 0) return 0;
  const byUser = new Map<string, Held[]>();
  for (const job of jobs) {
    if (!job.userId || !job.category || !isOptionalCategory(job.category)) continue;
    const stored = job.message as { subject?: string; summary?: string };
    const item: Held = {
      id: job.id,
      category: job.category,
      summary: stored.summary ?? stored.subject ?? "",
      createdAt: job.createdAt,
    };
    byUser.set(job.userId, [...(byUser.get(job.userId) ?? []), item]);
  }
  const userIds = [...byUser.keys()];
  const [users, sent] = await Promise.all([
    db.user.findMany({
      where: { id: { in: userIds } },
      select: {
        id: true,
        email: true,
        firstName: true,
        anonymizedAt: true,
        notificationPrefs: { select: { category: true, choice: true } },
      },
    }),
    db.mailJob.findMany({
      where: { dedupeKey: { in: userIds.map((id) => digestKey(id, monday)) } },
      select: { dedupeKey: true },
    }),
  ]);
  const done = new Set(sent.map((s) => s.dedupeKey));
  let digests = 0;
  for (const user of users) {
    const key = digestKey(user.id, monday);
    if (done.has(key)) continue;
    const items = byUser.get(user.id) ?? [];
    const never = new Set(
      user.notificationPrefs.filter((p) => p.choice === "NEVER").map((p) => p.category),
    );
    const dropped = user.anonymizedAt ? items : items.filter((i) => never.has(i.category));
    const kept = user.anonymizedAt ? [] : items.filter((i) => !never.has(i.category));
    await db
      .$transaction(async (tx) => {
        if (dropped.length > 0) {
          await tx.mailJob.updateMany({
            where: { id: { in: dropped.map((i) => i.id) }, status: "HELD" },
            data: { status: "SKIPPED" },
          });
        }
        if (kept.length === 0) return;
        const claimed = await tx.mailJob.updateMany({
          where: { id: { in: kept.map((i) => i.id) }, status: "HELD" },
          data: { status: "DIGESTED", sentAt: now },
        });
        if (claimed.count !== kept.length) throw new DigestRace();
        await tx.mailJob.create({
          data: {
            label: "résumé hebdomadaire",
            to: user.email,
            userId: user.id,
            dedupeKey: key,
            message: toStored(digestMail(user, kept, now)) as Prisma.InputJsonValue,
          },
        });
        digests++;
      })
      .catch((error: unknown) => {
        // Another instance took these notices first: its digest carries them.
        if (!(error instanceof DigestRace)) throw error;
      });
  }
  if (digests > 0) await resumeDueMail(now, digests);
  return digests;
}

class DigestRace extends Error {}

function digestMail(
  user: { id: string; email: string; firstName: string },
  items: Held[],
  now: Date,
) {
  const categories = [...new Set(items.map((i) => i.category))];
  const message = compose(
    user.email,
    `Votre résumé de la semaine : ${items.length} ${items.length > 1 ? "messages" : "message"}`,
    hello(user.firstName),
    [
      `Voici les messages de la semaine que vous avez choisi de recevoir en résumé (${categories.map((c) => CATEGORY_LABELS[c]).join(", ")}).`,
      ...items.map((item) => item.summary),
    ],
  );
  return withPreferenceLinks(
    message,
    preferenceLinks(user.id, categories, now),
    categories.map((c) => CATEGORY_LABELS[c]).join(", "),
  );
}
