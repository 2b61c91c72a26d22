// First: Next's request stores must exist before any app module loads Next.
import { callRoute, cookieFor, loadModule, urlOf } from "../support/fuzz/invoke";
import { afterAll, beforeAll, describe, it, vi } from "vitest";
import { ORIGIN } from "../support/next-request";
import { loadAnchors } from "../support/fuzz/anchors";
import { assertHostile, isFrenchMessage } from "../support/fuzz/property";
import { hostileQuery, ROUTE_TARGETS } from "../support/fuzz/route-targets";
import { setupTestDatabase } from "../support/test-database";
import fc from "fast-check";

/*
 * Hostile input to every route handler (issue 9): hostile dynamic segments
 * (NUL bytes, lone surrogates, SQL, traversal, 1 MB), query strings and
 * bodies, sent by a user allowed to reach the route. Each answers a 4xx (or
 * the status the route gives whatever its query string), never a 5xx nor an
 * exception; a redirect never leaves the site; no row changes.
 */
setupTestDatabase("seeded");
beforeAll(loadAnchors);
// The scheduler's routes then exist, and every hostile Authorization header must get their 401.
beforeAll(() => {
  process.env.CRON_SECRET = "fuzz-secret-de-planification";
});
afterAll(() => {
  delete process.env.CRON_SECRET;
});

// next-auth logs each refused request (unknown action, missing CSRF token) on
// console.error; the answer is what the property checks, the noise is muted.
beforeAll(() => {
  vi.spyOn(console, "error").mockImplementation(() => {});
  vi.spyOn(console, "warn").mockImplementation(() => {});
});
afterAll(() => vi.restoreAllMocks());

type Handler = Parameters<typeof callRoute>[0];

describe("route handlers under hostile input", () => {
  it.each(Object.keys(ROUTE_TARGETS))("%s", async (key) => {
    const target = ROUTE_TARGETS[key]!;
    const [file, method] = key.split("#") as [string, string];
    const handler = (await loadModule(file))[method] as Handler;
    const cookie = await cookieFor(target.signedInAs);
    await assertHostile(fc.tuple(target.request, hostileQuery), async ([request, query]) => {
      const url = `${urlOf(file, request.params)}${query}`;
      let response: Response;
      try {
        response = await callRoute(handler, method, url, request, cookie);
      } catch (error) {
        return [`exception : ${error instanceof Error ? error.stack : String(error)}`];
      }
      const problems: string[] = [];
      const { status } = response;
      const allowed =
        target.statuses === "below-500" ? status < 500 : target.statuses.includes(status);
      const text = await response.text();
      if (!allowed) problems.push(`statut ${status} : ${text.slice(0, 300)}`);
      // A refusal in JSON carries the message the page shows.
      if (status >= 400 && response.headers.get("content-type")?.includes("json")) {
        const { message } = JSON.parse(text) as { message?: unknown };
        if (message !== undefined && !isFrenchMessage(message))
          problems.push(`message non français : ${JSON.stringify(message)}`);
      }
      const location = response.headers.get("location");
      if (location && new URL(location, ORIGIN).origin !== ORIGIN)
        problems.push(`redirection hors du site : ${location}`);
      if (/session-token=[^;]/.test(response.headers.get("set-cookie") ?? ""))
        problems.push("une session a été ouverte");
      return problems;
    });
  });
});
