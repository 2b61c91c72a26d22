import { describe, expect, it } from "vitest";
import { clientAddress, createRateLimiter } from "./rate-limit";

describe("rate limiter", () => {
  it("allows the limit within the window, then refuses with the wait, then allows again", () => {
    const limiter = createRateLimiter({ limit: 3, windowMs: 600_000 });
    const t0 = 1_000_000;
    for (let i = 0; i < 3; i++) expect(limiter.hit("1.2.3.4", t0 + i)).toEqual({ allowed: true });
    expect(limiter.hit("1.2.3.4", t0 + 60_000)).toEqual({
      allowed: false,
      retryAfterSeconds: 540,
    });
    expect(limiter.hit("5.6.7.8", t0 + 60_000)).toEqual({ allowed: true });
    expect(limiter.hit("1.2.3.4", t0 + 600_000)).toEqual({ allowed: true });
  });

  it("keeps a bounded table of addresses", () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 1000, maxKeys: 2 });
    limiter.hit("a", 0);
    limiter.hit("b", 0);
    limiter.hit("c", 0); // forgets "a", the oldest
    expect(limiter.hit("a", 1)).toEqual({ allowed: true });
    expect(limiter.hit("c", 1)).toEqual({ allowed: false, retryAfterSeconds: 1 });
  });
});

describe("client address", () => {
  it("reads the first forwarded address, then X-Real-IP", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "203.0.113.7, 10.0.0.1" }))).toBe(
      "203.0.113.7",
    );
    expect(clientAddress(new Headers({ "x-real-ip": "203.0.113.8" }))).toBe("203.0.113.8");
    expect(clientAddress(new Headers())).toBe("inconnue");
  });
});
