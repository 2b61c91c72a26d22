import crypto from "node:crypto";
import { notFoundResponse } from "@/lib/http/file-response";

/**
 * The door of the scheduled-work routes (/api/cron/*): a platform's scheduler
 * sends `Authorization: Bearer $CRON_SECRET` (Vercel Cron's convention). No
 * secret configured: the routes do not exist (404), so a host that runs the
 * in-process worker exposes nothing. Returns the refusal, or null to go on.
 */
export function cronRefusal(
  request: Request,
  env: NodeJS.ProcessEnv = process.env,
): Response | null {
  const secret = env.CRON_SECRET?.trim();
  if (!secret) return notFoundResponse();
  const given = /^Bearer (.+)$/.exec(request.headers.get("authorization") ?? "")?.[1] ?? "";
  if (!sameSecret(given, secret)) {
    return Response.json(
      { error: "Secret de planification absent ou invalide." },
      { status: 401, headers: { "Cache-Control": "no-store", "WWW-Authenticate": "Bearer" } },
    );
  }
  return null;
}

/** Compared as digests of equal length, in constant time: the answer's timing tells nothing. */
function sameSecret(given: string, secret: string): boolean {
  const digest = (s: string) => crypto.createHash("sha256").update(s, "utf8").digest();
  return crypto.timingSafeEqual(digest(given), digest(secret));
}

/** How long one call may work before it returns what is left (CRON_TIME_BUDGET_MS, default 10 s). */
export function cronTimeBudgetMs(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.CRON_TIME_BUDGET_MS);
  return Number.isFinite(value) && value > 0 ? value : 10_000;
}
