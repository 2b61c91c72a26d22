import { formatDate } from "./paris";

/**
 * E-learning access opens when the order is paid (the registration's
 * elearningAccessStartsAt) and lasts the session's access length (90 days in
 * the guide): "Accessible pendant 90 jours (du 24/03/2023 au 22/06/2023)".
 */
export type ElearningAccess =
  | { state: "awaiting-payment"; days: number }
  | { state: "open" | "expired" | "not-yet-open"; days: number; opensAt: Date; closesAt: Date };

const DAY_MS = 86_400_000;

export function elearningAccess(
  input: { accessStartsAt: Date | null; accessDays: number },
  now: Date,
): ElearningAccess {
  const { accessStartsAt, accessDays } = input;
  if (!accessStartsAt) return { state: "awaiting-payment", days: accessDays };
  const closesAt = new Date(accessStartsAt.getTime() + accessDays * DAY_MS);
  const state = now < accessStartsAt ? "not-yet-open" : now > closesAt ? "expired" : "open";
  return { state, days: accessDays, opensAt: accessStartsAt, closesAt };
}

export function elearningDatesLabel(access: ElearningAccess): string {
  if (access.state === "awaiting-payment") {
    return `Accessible pendant ${access.days} jours à compter du règlement de la commande`;
  }
  return `Accessible pendant ${access.days} jours (du ${formatDate(access.opensAt)} au ${formatDate(access.closesAt)})`;
}
