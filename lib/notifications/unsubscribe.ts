import "server-only";
import { CATEGORY_LABELS, type OptionalCategory } from "./categories";
import { choicesOf, turnOffCategories } from "./preferences";
import { verifyUnsubscribeToken } from "./unsubscribe-token";

/**
 * What an unsubscribe link is about, and turning it off. A forged, altered or
 * expired token, or one whose account is gone, changes nothing.
 */
export type UnsubscribeState =
  | { state: "invalid" | "expired" | "unknown" }
  | { state: "active" | "off"; categories: OptionalCategory[]; labels: string[] };

export async function describeUnsubscribe(
  token: string,
  now = new Date(),
): Promise<UnsubscribeState> {
  const check = verifyUnsubscribeToken(token, now);
  if (!check.ok) return { state: check.reason };
  const { userId, categories } = check.claims;
  const choices = await choicesOf(userId, categories);
  if (!choices) return { state: "unknown" };
  const allOff = categories.every((c) => choices.get(c) === "NEVER");
  return {
    state: allOff ? "off" : "active",
    categories,
    labels: categories.map((c) => CATEGORY_LABELS[c]),
  };
}

export type UnsubscribeOutcome =
  { ok: true; labels: string[] } | { ok: false; reason: "invalid" | "expired" | "unknown" };

export async function unsubscribe(token: string, now = new Date()): Promise<UnsubscribeOutcome> {
  const check = verifyUnsubscribeToken(token, now);
  if (!check.ok) return { ok: false, reason: check.reason };
  const { userId, categories } = check.claims;
  if (!(await turnOffCategories(userId, categories))) return { ok: false, reason: "unknown" };
  return { ok: true, labels: categories.map((c) => CATEGORY_LABELS[c]) };
}

export const UNSUBSCRIBE_REFUSALS = {
  invalid:
    "Ce lien de désinscription n'est pas valide : il a peut-être été copié incomplètement. Aucun réglage n'a été modifié.",
  expired:
    "Ce lien de désinscription a expiré. Aucun réglage n'a été modifié : connectez-vous pour choisir vos notifications.",
  unknown: "Ce lien ne correspond à aucun compte actif. Aucun réglage n'a été modifié.",
} as const;
