// First: it sets up Next's AsyncLocalStorage before any Next module loads.
import { inRequest, ORIGIN, requestHeaders, sessionCookie } from "../next-request";
import path from "node:path";
import { NextRequest } from "next/server";
import { getDb } from "../../../lib/db/client";
import { segment } from "./url";

/**
 * Calls an action or a route handler as Next's server would for one request
 * (its request and work stores, a real session cookie), so that every hostile
 * value goes through the same doors as in production.
 */
export const ROOT = path.resolve(import.meta.dirname, "../../..");

type Module = Record<string, unknown>;
export const loadModule = (file: string): Promise<Module> => import(path.join(ROOT, file));

/** The cookie header of `email` signed in, or none. */
export async function cookieFor(email: string | null): Promise<string | undefined> {
  if (!email) return undefined;
  const user = await (
    await getDb()
  ).user.findUniqueOrThrow({ where: { email }, select: { id: true, sessionVersion: true } });
  return sessionCookie(user);
}

/** The URL of a route file with hostile params in its dynamic segments. */
export function urlOf(file: string, params: Record<string, unknown>): string {
  const segments = path
    .dirname(file)
    .split("/")
    .slice(1)
    .filter((s) => !(s.startsWith("(") && s.endsWith(")")))
    .flatMap((s) => {
      const name = /^\[(?:\.\.\.)?(.+)\]$/.exec(s)?.[1];
      if (!name) return [s];
      const value = params[name];
      return Array.isArray(value) ? value.map(segment) : [segment(value)];
    });
  return `/${segments.join("/")}`;
}

export type ActionFn = (input: unknown) => Promise<unknown>;

export async function callAction(action: ActionFn, input: unknown, cookie: string | undefined) {
  const headers = requestHeaders("/", cookie);
  return inRequest("/", headers, "action", () => action(input));
}

type RouteHandler = (
  request: NextRequest,
  context: { params: Promise<Record<string, unknown>> },
) => Promise<Response>;

export async function callRoute(
  handler: RouteHandler,
  method: string,
  url: string,
  request: { params: Record<string, unknown>; body?: BodyInit; headers?: Record<string, string> },
  cookie: string | undefined,
): Promise<Response> {
  const headers = requestHeaders(url.split("?")[0]!, cookie);
  for (const [name, value] of Object.entries(request.headers ?? {})) headers.set(name, value);
  return inRequest(url, headers, "action", () =>
    handler(
      new NextRequest(new URL(url, ORIGIN), {
        method,
        headers,
        ...(method === "GET" ? {} : { body: request.body ?? null }),
      }),
      // Next hands the params over as the URL decoded them; the hostile values go in as they are.
      { params: Promise.resolve(request.params) },
    ),
  );
}
