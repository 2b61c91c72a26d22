import { describe, expect, it } from "vitest";
import { createMemoryStore } from "./rate-limit-memory-store";
import { FORGET_AFTER_MS, RATE_LIMIT_RULES } from "./rate-limit-rules";

const rule = RATE_LIMIT_RULES.signInAccount;
const t0 = new Date("2026-11-27T09:00:00.000Z");

describe("memory store", () => {
  it("counts per key and clears a key", async () => {
    const store = createMemoryStore();
    await store.record("a", rule, t0);
    expect((await store.record("a", rule, t0)).count).toBe(2);
    expect((await store.record("b", rule, t0)).count).toBe(1);
    await store.clear("a");
    expect(await store.read("a")).toBeNull();
    expect(await store.read("b")).toMatchObject({ count: 1 });
  });

  it("keeps a bounded table, forgetting the least recently touched key", async () => {
    const store = createMemoryStore({ maxKeys: 2 });
    await store.record("a", rule, t0);
    await store.record("b", rule, t0);
    await store.record("a", rule, t0); // "b" is now the oldest
    await store.record("c", rule, t0);
    expect(await store.read("b")).toBeNull();
    expect(await store.read("a")).toMatchObject({ count: 2 });
  });

  it("forgets stale keys first when full", async () => {
    const store = createMemoryStore({ maxKeys: 2 });
    await store.record("old", rule, t0);
    const later = new Date(t0.getTime() + FORGET_AFTER_MS);
    await store.record("recent", rule, later);
    await store.record("new", rule, later);
    expect(await store.read("old")).toBeNull();
    expect(await store.read("recent")).not.toBeNull();
  });
});
