/**
 * A fixed-window limiter kept in the process's memory: enough to slow down
 * someone trying certificate numbers on one server (the numbers carry 60
 * random bits, so this guards the database more than the secret). Several
 * server instances each count on their own. The table of keys is bounded so
 * that a flood of addresses cannot grow it without end.
 */
export type RateLimitResult = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export type RateLimiter = { hit(key: string, now?: number): RateLimitResult };

export function createRateLimiter(options: {
  limit: number;
  windowMs: number;
  maxKeys?: number;
}): RateLimiter {
  const { limit, windowMs, maxKeys = 10_000 } = options;
  const windows = new Map<string, { count: number; resetAt: number }>();

  function makeRoom(now: number) {
    for (const [key, w] of windows) if (w.resetAt <= now) windows.delete(key);
    // Still full of live windows: forget the oldest (Map keeps insertion order).
    for (const key of windows.keys()) {
      if (windows.size < maxKeys) break;
      windows.delete(key);
    }
  }

  return {
    hit(key, now = Date.now()) {
      let w = windows.get(key);
      if (!w || w.resetAt <= now) {
        if (w) windows.delete(key);
        if (windows.size >= maxKeys) makeRoom(now);
        w = { count: 0, resetAt: now + windowMs };
        windows.set(key, w);
      }
      w.count += 1;
      if (w.count <= limit) return { allowed: true };
      return { allowed: false, retryAfterSeconds: Math.ceil((w.resetAt - now) / 1000) };
    },
  };
}

/**
 * The client's address as the nearest proxy reports it. Behind a hosting
 * platform (Vercel, a load balancer) the first X-Forwarded-For entry is the
 * client; without a proxy that sets it, Next.js sets it from the socket.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip")?.trim() || "inconnue";
}
