// First: what Next's server does before anything else (AsyncLocalStorage on
// globalThis), without which its request stores are inert stand-ins.
import "next/dist/server/node-environment-baseline";
import { encode } from "next-auth/jwt";
import {
  createRequestStoreForAPI,
  createRequestStoreForRender,
} from "next/dist/server/async-storage/request-store";
import { createWorkStore } from "next/dist/server/async-storage/work-store";
import { workAsyncStorage } from "next/dist/server/app-render/work-async-storage.external";
import { workUnitAsyncStorage } from "next/dist/server/app-render/work-unit-async-storage.external";
import { NextRequest } from "next/server";
import { getAuthSecret } from "../../lib/auth/secret";

/**
 * Runs app code (a page, a route handler, a server action) the way Next's
 * server runs it for one request: inside Next's own request and work stores,
 * so that cookies(), headers(), getServerSession() and revalidatePath() are the
 * real ones. Signed-in requests carry a real next-auth session cookie, so the
 * whole viewer lookup (JWT, session version, database) is exercised.
 *
 * These are Next internals (the same factories its app-route module uses); if a
 * Next upgrade moves them, this file is the one place to adapt.
 */
export const ORIGIN = "http://localhost:3000";
const SESSION_COOKIE = "next-auth.session-token";

export type SessionUser = { id: string; sessionVersion: number };

/** The cookie header the browser would send after signing in as `user`. */
export async function sessionCookie(user: SessionUser | null): Promise<string | undefined> {
  if (!user) return undefined;
  const token = await encode({
    token: { sub: user.id, sv: user.sessionVersion },
    secret: getAuthSecret(),
  });
  return `${SESSION_COOKIE}=${token}`;
}

/** The headers of a same-origin browser request to `path`, as the proxy passes them on. */
export function requestHeaders(path: string, cookie: string | undefined): Headers {
  const headers = new Headers({
    host: new URL(ORIGIN).host,
    origin: ORIGIN,
    referer: `${ORIGIN}${path}`,
    // What proxy.ts adds for the sign-in redirect's return path.
    "x-parcours-path": path,
  });
  if (cookie) headers.set("cookie", cookie);
  return headers;
}

/**
 * `phase` is "render" for pages and layouts, "action" for route handlers and
 * server actions (Next's own split: only the latter may revalidate or set cookies).
 */
export async function inRequest<T>(
  path: string,
  headers: Headers,
  phase: "render" | "action",
  run: () => Promise<T>,
): Promise<T> {
  const url = new URL(path, ORIGIN);
  const request = new NextRequest(url, { headers });
  const implicitTags = { tags: [], expirationsByCacheKind: new Map() };
  const requestStore =
    phase === "render"
      ? createRequestStoreForRender(
          request,
          undefined,
          url,
          {},
          implicitTags,
          undefined,
          undefined,
          false,
          undefined,
          null,
          null,
          undefined,
        )
      : createRequestStoreForAPI(request, url, implicitTags, undefined, undefined, undefined);
  const workStore = createWorkStore({
    page: url.pathname,
    renderOpts: {
      experimental: {},
      // revalidatePath() records tags on the work store; nothing is cached here.
      incrementalCache: {},
    },
    isPrefetchRequest: false,
    buildId: "test",
    previouslyRevalidatedTags: [],
  } as unknown as Parameters<typeof createWorkStore>[0]);
  return workAsyncStorage.run(workStore, () =>
    workUnitAsyncStorage.run(requestStore as never, run),
  );
}
