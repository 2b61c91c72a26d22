import "server-only";
import { writeAudit } from "@/lib/audit/log";
import type { Viewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db";
import type { NotificationCategory, NotificationChoice } from "@/lib/db/generated/enums";
import type { MailRouting } from "@/lib/mail/queue";
import { DEFAULT_CHOICE, OPTIONAL_CATEGORIES, type OptionalCategory } from "./categories";

/**
 * A person's choices, per category. Only one's own: every function here takes
 * the signed-in viewer (or a verified unsubscribe token's user) and never a
 * user id from a form, so a company manager cannot reach a collaborator's.
 */
export type Choices = Record<OptionalCategory, NotificationChoice>;

export async function loadMyChoices(viewer: Pick<Viewer, "id">): Promise<Choices> {
  const rows = await (
    await getDb()
  ).notificationPreference.findMany({
    where: { userId: viewer.id },
    select: { category: true, choice: true },
  });
  const stored = new Map(rows.map((r) => [r.category, r.choice]));
  return Object.fromEntries(
    OPTIONAL_CATEGORIES.map((category) => [category, stored.get(category) ?? DEFAULT_CHOICE]),
  ) as Choices;
}

async function storeChoices(
  userId: string,
  choices: Partial<Choices>,
  audit: { action: string; actorUserId: string | null },
): Promise<void> {
  const entries = Object.entries(choices) as [OptionalCategory, NotificationChoice][];
  const db = await getDb();
  await db.$transaction(async (tx) => {
    for (const [category, choice] of entries) {
      await tx.notificationPreference.upsert({
        where: { userId_category: { userId, category } },
        create: { userId, category, choice },
        update: { choice },
      });
    }
    await writeAudit(tx, {
      actorUserId: audit.actorUserId,
      action: audit.action,
      entityType: "User",
      entityId: userId,
      data: Object.fromEntries(entries),
    });
  });
}

export async function saveMyChoices(viewer: Pick<Viewer, "id">, choices: Choices): Promise<void> {
  await storeChoices(viewer.id, choices, {
    action: "notifications.preferences.changed",
    actorUserId: viewer.id,
  });
}

/**
 * The one-click unsubscribe: turns the token's categories off for its user.
 * False when the user no longer exists or was erased (nothing to change).
 */
export async function turnOffCategories(
  userId: string,
  categories: readonly OptionalCategory[],
): Promise<boolean> {
  const user = await (
    await getDb()
  ).user.findUnique({ where: { id: userId }, select: { anonymizedAt: true } });
  if (!user || user.anonymizedAt) return false;
  await storeChoices(
    userId,
    Object.fromEntries(categories.map((c) => [c, "NEVER"])) as Partial<Choices>,
    // The token is the person's own consent; no signed-in actor.
    { action: "notifications.unsubscribed", actorUserId: null },
  );
  return true;
}

/** The current choices of a token's user for its categories (the unsubscribe page says them). */
export async function choicesOf(
  userId: string,
  categories: readonly OptionalCategory[],
): Promise<Map<OptionalCategory, NotificationChoice> | null> {
  const user = await (
    await getDb()
  ).user.findUnique({
    where: { id: userId },
    select: {
      anonymizedAt: true,
      notificationPrefs: {
        where: { category: { in: [...categories] } },
        select: { category: true, choice: true },
      },
    },
  });
  if (!user || user.anonymizedAt) return null;
  const stored = new Map(user.notificationPrefs.map((p) => [p.category, p.choice]));
  return new Map(categories.map((c) => [c, stored.get(c) ?? DEFAULT_CHOICE]));
}

export function routingOfChoice(choice: NotificationChoice): MailRouting {
  return choice === "NEVER" ? "SKIP" : choice === "WEEKLY_DIGEST" ? "HOLD" : "SEND";
}

/** How an optional notice of this category goes to this user, read when it is queued. */
export async function routingFor(
  userId: string,
  category: NotificationCategory,
): Promise<MailRouting> {
  const row = await (
    await getDb()
  ).notificationPreference.findUnique({
    where: { userId_category: { userId, category } },
    select: { choice: true },
  });
  return routingOfChoice(row?.choice ?? DEFAULT_CHOICE);
}
