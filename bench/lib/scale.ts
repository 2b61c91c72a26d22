import path from "node:path";
import { openSqlConnection } from "../../lib/db/sql-connection";
import type { DatabaseTarget } from "../../lib/db/target";
import { loadBenchData } from "../data/load";
import { scaleOf } from "../data/accounts";
import { mintSessionCookie } from "./auth";
import { queriesPerRequest, runLoad, warmUp } from "./load";
import { benchPages, type BenchPage } from "./pages";
import { startServer } from "./server";
import { prepareTargets } from "./targets";

/**
 * The scale table: what one request of each page costs (time per request at
 * one connection, SQL statements) on data sets of 1k, 10k and 100k
 * registrations, where what the person sees stays the same (bench/data/accounts
 * scaleOf). Budget: at the largest size, at most 1.3x the smallest where the
 * page shows the same thing (BenchPage.sameFrom).
 */
export type PageCost = { registrations: number; msPerRequest: number; queries: number };
export type ScaleRow = { key: string; label: string; sameFrom?: number; costs: PageCost[] };

export const SCALE_LIMIT = 1.3;

/**
 * One page's cost on the server at baseUrl: a warm-up, the SQL count, then
 * seconds of sequential requests. The cost is their time divided by their
 * number, to a tenth of a millisecond: the median latency comes in whole
 * milliseconds, and 10 against 13 ms read 1.30x where 10.4 against 12.6 is 1.21x.
 */
export async function measureCosts(
  baseUrl: string,
  pages: BenchPage[],
  registrations: number,
  seconds: number,
): Promise<Map<string, PageCost>> {
  const costs = new Map<string, PageCost>();
  for (const page of pages) {
    // A fresh server per size: enough requests for the page's code to be optimised.
    await warmUp(baseUrl, page.target, 40);
    const queries = await queriesPerRequest(baseUrl, page.target.headers.Cookie!, () =>
      fetch(`${baseUrl}${page.target.path}`, { headers: page.target.headers }),
    );
    const run = await runLoad(baseUrl, page.target, 1, seconds);
    if (run.failures) throw new Error(`${page.label} : ${run.failures} échecs à ${registrations}.`);
    const msPerRequest = Math.round(10_000 / run.requestsPerSecond) / 10;
    costs.set(page.key, { registrations, msPerRequest, queries });
  }
  return costs;
}

/**
 * The database of one data set: the main one at its own size, else a PGlite
 * folder or a database beside DATABASE_URL's.
 */
async function sizedTarget(
  main: DatabaseTarget,
  registrations: number,
  mainRegistrations: number,
): Promise<DatabaseTarget> {
  if (registrations === mainRegistrations) return main;
  if (main.kind === "pglite") {
    return {
      kind: "pglite",
      dataDir: path.join(path.dirname(main.dataDir), `scale-${registrations}`, "pglite"),
    };
  }
  const url = new URL(main.url);
  const name = `${url.pathname.slice(1) || "postgres"}_scale_${registrations}`;
  const conn = await openSqlConnection(main);
  try {
    const found = await conn.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [name]);
    if (found.length === 0) await conn.exec(`CREATE DATABASE "${name}"`);
  } finally {
    await conn.close();
  }
  url.pathname = `/${name}`;
  return { kind: "postgres", url: url.toString() };
}

/**
 * Measures each size on its own data set (generated once, then reused) and on
 * a server started for it: a server that has just served the load runs and the
 * soak would weigh on the size measured there.
 */
export async function measureSizes(input: {
  main: DatabaseTarget;
  mainRegistrations: number;
  sizes: number[];
  seed: number;
  port: number;
  secret: string;
  env: Record<string, string>;
  heapMegabytes: number | null;
  seconds: number;
  log: (line: string) => void;
}): Promise<Map<string, PageCost>[]> {
  const all: Map<string, PageCost>[] = [];
  for (const registrations of input.sizes) {
    const target = await sizedTarget(input.main, registrations, input.mainRegistrations);
    const data = await loadBenchData(target, {
      seed: input.seed,
      now: new Date(),
      reset: false,
      log: () => {},
      scale: scaleOf(registrations),
    });
    input.log(
      `Échelle ${registrations} inscriptions : ` +
        (data.created ? `données générées en ${data.seconds.toFixed(0)} s` : "données présentes"),
    );
    const targets = await prepareTargets(target);
    const server = await startServer({
      port: input.port,
      heapMegabytes: input.heapMegabytes,
      env: {
        ...input.env,
        // One request's cost, without the background work: the worker's pass over
        // every registration (reminders) grows with the data and, when it fell in a
        // page's 5 s, made that page look slower at 100k (the soak runs with it).
        MAIL_WORKER: "off",
        RETENTION_JOB: "off",
        ...(target.kind === "pglite"
          ? { PGLITE_DIR: target.dataDir, DATABASE_URL: "" }
          : { DATABASE_URL: target.url }),
      },
    });
    try {
      const cookie = await mintSessionCookie(input.secret, targets.big.userId);
      const pages = await benchPages(targets, input.secret, cookie);
      all.push(await measureCosts(server.baseUrl, pages, registrations, input.seconds));
    } finally {
      await server.stop();
    }
  }
  return all;
}

export function scaleRows(pages: BenchPage[], measured: Map<string, PageCost>[]): ScaleRow[] {
  return pages.map((page) => ({
    key: page.key,
    label: page.label,
    ...(page.sameFrom ? { sameFrom: page.sameFrom } : {}),
    costs: measured
      .map((m) => m.get(page.key))
      .filter((c): c is PageCost => c !== undefined)
      .sort((a, b) => a.registrations - b.registrations),
  }));
}

/** The two sizes compared: the smallest where the page shows the same thing, and the largest. */
export function comparedCosts(row: ScaleRow): [PageCost, PageCost] | null {
  const first = row.costs.find((c) => c.registrations >= (row.sameFrom ?? 0));
  const last = row.costs[row.costs.length - 1];
  return first && last && first !== last ? [first, last] : null;
}

/** Largest size over the smallest comparable one, time per request. */
export function growth(row: ScaleRow): number {
  const compared = comparedCosts(row);
  if (!compared) return NaN;
  const [first, last] = compared;
  return last.msPerRequest / Math.max(first.msPerRequest, 1);
}
