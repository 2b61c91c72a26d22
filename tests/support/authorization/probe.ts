import fs from "node:fs";
import path from "node:path";
import { NextRequest } from "next/server";
import { inRequest, ORIGIN, requestHeaders } from "../next-request";
import type { Fixtures } from "./fixtures";
import type { Outcome } from "./roles";
import type { ActionRow, PageRow, RouteRow, Row } from "./table";

/**
 * Runs one cell of the matrix through the app's real code (layouts and page,
 * route handler, server action) and says what it answered, in the table's
 * words. Anything else (a 500, an unexpected error, an invalid payload) is
 * answered as a string that no expectation matches, so that the cell fails
 * with it.
 */
export const ROOT = path.resolve(import.meta.dirname, "../../..");

type Params = Record<string, string | string[]>;
type Module = Record<string, unknown>;

const load = (file: string): Promise<Module> => import(path.join(ROOT, file));

/** The URL of a page or route file with its params filled in. */
export function urlOf(file: string, params: Params = {}): string {
  const segments = path
    .dirname(file)
    .split("/")
    .slice(1) // "app"
    .filter((s) => !(s.startsWith("(") && s.endsWith(")")))
    .map((s) => {
      const name = /^\[(?:\.\.\.)?(.+)\]$/.exec(s)?.[1];
      if (!name) return s;
      const value = params[name];
      if (value === undefined) throw new Error(`${file} : paramètre ${name} manquant`);
      return [value].flat().map(encodeURIComponent).join("/");
    });
  return `/${segments.join("/")}`;
}

/** What Next does with an error thrown by a page: notFound(), redirect(), or a real error. */
function pageOutcome(error: unknown): Outcome | string {
  const digest = (error as { digest?: unknown } | null)?.digest;
  if (typeof digest === "string") {
    const [type, ...rest] = digest.split(";");
    if (type === "NEXT_HTTP_ERROR_FALLBACK") return rest[0] as Outcome;
    if (type === "NEXT_REDIRECT") {
      const location = rest[1] ?? "";
      if (location === "/connexion" || location.startsWith("/connexion?")) return "signin";
      return location === "/" ? "home" : "redirect";
    }
  }
  return `erreur : ${error instanceof Error ? error.message : String(error)}`;
}

/** The layouts above a page, outermost first. */
function layoutsOf(file: string): string[] {
  const dirs = path.dirname(file).split("/");
  const layouts: string[] = [];
  for (let i = 1; i <= dirs.length; i++) {
    const candidate = path.join(...dirs.slice(0, i), "layout.tsx");
    if (fs.existsSync(path.join(ROOT, candidate))) layouts.push(candidate);
  }
  return layouts;
}

async function callComponent(file: string, props: object): Promise<Outcome | string> {
  const Component = (await load(file)).default as (props: object) => unknown;
  try {
    await Component(props);
    return "ok";
  } catch (error) {
    return pageOutcome(error);
  }
}

/**
 * A page answers twice: alone, and under its layouts. Next renders layouts
 * and pages in parallel (and keeps layouts across client navigations), so a
 * page must refuse on its own; the chain is what the visitor gets.
 */
export async function probePage(row: PageRow, params: Params, cookie?: string) {
  const url = urlOf(row.file, params);
  const headers = requestHeaders(url, cookie);
  const props = { params: Promise.resolve(params), searchParams: Promise.resolve({}) };
  const alone = await inRequest(url, headers, "render", () => callComponent(row.file, props));
  const chain = await inRequest(url, headers, "render", async () => {
    for (const layout of layoutsOf(row.file)) {
      const outcome = await callComponent(layout, { children: null, params: props.params });
      if (outcome !== "ok") return outcome;
    }
    return callComponent(row.file, props);
  });
  return { alone, chain };
}

function responseOutcome(response: Response): Outcome | string {
  const { status } = response;
  if (status === 401 || status === 403 || status === 404) return String(status) as Outcome;
  if (status >= 500) return `erreur : statut ${status}`;
  const location = response.headers.get("location") ?? "";
  if (status >= 300 && status < 400 && new URL(location, ORIGIN).pathname === "/connexion")
    return "signin";
  return "ok";
}

export async function probeRoute(
  row: RouteRow,
  params: Params,
  body: FormData | undefined,
  cookie?: string,
) {
  const url = urlOf(row.file, params);
  const headers = requestHeaders(url, cookie);
  const handler = (await load(row.file))[row.method] as (
    request: NextRequest,
    context: { params: Promise<Params> },
  ) => Promise<Response>;
  return inRequest(url, headers, "action", async () => {
    try {
      const request = new NextRequest(new URL(url, ORIGIN), { method: row.method, headers, body });
      const response = await handler(request, { params: Promise.resolve(params) });
      // Read the body: a stream that fails late is a failure of the cell too.
      await response.arrayBuffer();
      return responseOutcome(response);
    } catch (error) {
      return pageOutcome(error);
    }
  });
}

const NOT_FOUND = "Élément introuvable.";
const SIGNED_OUT = "Votre session a expiré : reconnectez-vous.";
const DOOR_INVALID = "Certaines informations sont invalides.";

export async function probeAction(row: ActionRow, input: unknown, cookie?: string) {
  const action = (await load(row.file))[row.name] as (input: unknown) => Promise<{
    ok: boolean;
    formError?: string;
    fieldErrors?: Record<string, string[]>;
  }>;
  return inRequest("/", requestHeaders("/", cookie), "action", async (): Promise<string> => {
    const result = await action(input);
    if (result.ok) return "ok";
    if (result.formError === NOT_FOUND) return "404";
    if (result.formError === SIGNED_OUT) return "signin";
    if (result.formError?.startsWith("Une erreur inattendue"))
      return `erreur : ${result.formError}`;
    // Refused by a business rule after every check: the caller got through.
    if (result.formError !== DOOR_INVALID) return "ok";
    return `entrée refusée : ${JSON.stringify(result.fieldErrors)}`;
  });
}

/** One cell: the row pointed at the fixtures, as the user of `cookie` (none: anonymous). */
export async function probe(row: Row, f: Fixtures, cookie?: string) {
  if (row.kind === "page") return probePage(row, row.params?.(f) ?? {}, cookie);
  const outcome =
    row.kind === "route"
      ? await probeRoute(row, row.params?.(f) ?? {}, row.body?.(f), cookie)
      : await probeAction(row, row.input(f), cookie);
  return { alone: outcome, chain: outcome };
}
