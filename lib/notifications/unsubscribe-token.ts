import crypto from "node:crypto";
import { getAuthSecret } from "@/lib/auth/secret";
import { isOptionalCategory, type OptionalCategory } from "./categories";

/**
 * The token of a one-click unsubscribe link (RFC 8058): who, which categories
 * and until when, signed with an HMAC of the server's secret. It works without
 * signing in, so it must be unforgeable; it turns off only what it names.
 * The key is derived from the secret for this one use, so a token can never
 * pass for anything else signed with the same secret.
 */
const VALID_FOR_MS = 90 * 86_400_000;
const MAX_TOKEN_LENGTH = 1_000;

export type UnsubscribeClaims = {
  userId: string;
  categories: OptionalCategory[];
  expiresAt: Date;
};

export type TokenCheck =
  { ok: true; claims: UnsubscribeClaims } | { ok: false; reason: "invalid" | "expired" };

function key(secret: string): Buffer {
  return crypto.createHash("sha256").update(`parcours:unsubscribe:${secret}`).digest();
}

function sign(payload: string, secret: string): string {
  return crypto.createHmac("sha256", key(secret)).update(payload).digest("base64url");
}

export function createUnsubscribeToken(
  input: { userId: string; categories: readonly OptionalCategory[] },
  now: Date = new Date(),
  secret: string = getAuthSecret(),
): string {
  const payload = Buffer.from(
    JSON.stringify({
      u: input.userId,
      c: [...new Set(input.categories)].sort(),
      e: Math.floor((now.getTime() + VALID_FOR_MS) / 1000),
    }),
  ).toString("base64url");
  return `${payload}.${sign(payload, secret)}`;
}

export function verifyUnsubscribeToken(
  token: unknown,
  now: Date = new Date(),
  secret: string = getAuthSecret(),
): TokenCheck {
  const invalid = { ok: false, reason: "invalid" } as const;
  if (typeof token !== "string" || token.length > MAX_TOKEN_LENGTH) return invalid;
  const [payload, signature, ...rest] = token.split(".");
  if (!payload || !signature || rest.length > 0) return invalid;
  const expected = Buffer.from(sign(payload, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !crypto.timingSafeEqual(expected, given)) return invalid;
  let claims: unknown;
  try {
    claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
  } catch {
    return invalid;
  }
  if (typeof claims !== "object" || claims === null) return invalid;
  const { u, c, e } = claims as Record<string, unknown>;
  if (typeof u !== "string" || !Array.isArray(c) || typeof e !== "number") return invalid;
  const categories = c.filter((x): x is string => typeof x === "string");
  if (categories.length === 0 || categories.length !== c.length) return invalid;
  if (!categories.every(isOptionalCategory)) return invalid;
  const expiresAt = new Date(e * 1000);
  if (expiresAt.getTime() <= now.getTime()) return { ok: false, reason: "expired" };
  return { ok: true, claims: { userId: u, categories, expiresAt } };
}
