import { publicBaseUrl } from "@/lib/http/public-url";
import type { OptionalCategory } from "./categories";
import { createUnsubscribeToken } from "./unsubscribe-token";

/** The one URL of "Mes notifications", reachable from every space. */
export const PREFERENCES_PATH = "/notifications";

/** Where a person reads what a link turns off (GET is never a change: mail scanners follow links). */
export const unsubscribePagePath = (token: string) =>
  `/desinscription/${encodeURIComponent(token)}`;
/** Where a mail client posts "List-Unsubscribe=One-Click" (RFC 8058). */
export const oneClickPath = (token: string) => `/api/desinscription/${encodeURIComponent(token)}`;

export type PreferenceLinks = {
  preferencesUrl: string;
  unsubscribeUrl: string;
  oneClickUrl: string;
};

export function preferenceLinks(
  userId: string,
  categories: readonly OptionalCategory[],
  now: Date = new Date(),
): PreferenceLinks {
  const base = publicBaseUrl();
  const token = createUnsubscribeToken({ userId, categories }, now);
  return {
    preferencesUrl: `${base}${PREFERENCES_PATH}`,
    unsubscribeUrl: `${base}${unsubscribePagePath(token)}`,
    oneClickUrl: `${base}${oneClickPath(token)}`,
  };
}
