import "server-only";
import crypto from "node:crypto";
import { getDb } from "@/lib/db";
import { createDatabaseStore } from "./rate-limit-database-store";
import { createMemoryStore } from "./rate-limit-memory-store";
import {
  RATE_LIMIT_RULES,
  verdict,
  type RateLimitResult,
  type RateLimitRuleName,
} from "./rate-limit-rules";
import type { RateLimitStore } from "./rate-limit-store";

export type { RateLimitResult, RateLimitRuleName } from "./rate-limit-rules";

/**
 * RATE_LIMIT_STORE picks where attempts are counted: "memory" (default, one
 * server process) or "database" (the RateLimitBucket table, for several
 * instances behind one address).
 */
export function rateLimitStoreKind(env: NodeJS.ProcessEnv = process.env): "memory" | "database" {
  const value = env.RATE_LIMIT_STORE?.trim() || "memory";
  if (value === "memory" || value === "database") return value;
  throw new Error(`RATE_LIMIT_STORE="${value}" inconnu : choisissez "memory" ou "database".`);
}

// One store per process, kept across development reloads.
const globalForStore = globalThis as unknown as { __parcoursRateLimitStore?: RateLimitStore };

function store(): RateLimitStore {
  globalForStore.__parcoursRateLimitStore ??=
    rateLimitStoreKind() === "database" ? createDatabaseStore(getDb) : createMemoryStore();
  return globalForStore.__parcoursRateLimitStore;
}

/** For tests: a store of their own (null: back to the configured one). */
export function setRateLimitStoreForTests(replacement: RateLimitStore | null): void {
  globalForStore.__parcoursRateLimitStore = replacement ?? undefined;
}

/*
 * Keys name the rule and a hash of the subject: the table and the memory never
 * hold e-mail addresses or IP addresses in clear.
 */
export function keyOf(rule: RateLimitRuleName, subject: string): string {
  const digest = crypto.createHash("sha256").update(subject.trim().toLowerCase()).digest("hex");
  return `${rule}:${digest.slice(0, 40)}`;
}

/** Whether the subject may try now (nothing is counted). */
export async function checkRateLimit(
  rule: RateLimitRuleName,
  subject: string,
  now = new Date(),
): Promise<RateLimitResult> {
  return verdict(await store().read(keyOf(rule, subject)), now);
}

/** Counts one attempt (a failure, or any request); says whether the next one may come now. */
export async function recordAttempt(
  rule: RateLimitRuleName,
  subject: string,
  now = new Date(),
): Promise<RateLimitResult> {
  return verdict(await store().record(keyOf(rule, subject), RATE_LIMIT_RULES[rule], now), now);
}

/** For limits where every request counts: refused while blocked, otherwise counted. */
export async function consumeRateLimit(
  rule: RateLimitRuleName,
  subject: string,
  now = new Date(),
): Promise<RateLimitResult> {
  const current = await checkRateLimit(rule, subject, now);
  if (!current.allowed) return current;
  await recordAttempt(rule, subject, now);
  return { allowed: true };
}

/** Forgets the subject's attempts (a successful sign-in clears its account's failures). */
export async function clearRateLimit(rule: RateLimitRuleName, subject: string): Promise<void> {
  await store().clear(keyOf(rule, subject));
}

/** The longest wait among several limits, or null when all allow. */
export function longestWait(results: RateLimitResult[]): number | null {
  const waits = results.flatMap((r) => (r.allowed ? [] : [r.retryAfterSeconds]));
  return waits.length ? Math.max(...waits) : null;
}
