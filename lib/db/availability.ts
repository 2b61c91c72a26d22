/*
 * Whether the database answers, as known to this server process.
 *
 * No "server-only" and no imports: proxy.ts reads this, and Next bundles the
 * proxy apart from the pages. The state therefore lives on globalThis under a
 * Symbol.for key, the one thing both bundles of one process share, and the
 * probe (a SELECT 1 through the app's own client) is registered by lib/db/client
 * rather than imported, so the proxy never loads Prisma.
 *
 * Nothing here runs in normal operation: a failed query asks for one probe;
 * only when the probe fails too is the database marked down. While it is down,
 * requests re-probe (at most once per RECHECK_INTERVAL_MS), and the first
 * probe that succeeds lets traffic through again: no restart needed.
 */

/** How long the probe's query may take before the database counts as unreachable. */
export const PROBE_TIMEOUT_MS = 2_000;
/** While down, at most one probe per this interval, whatever the traffic. */
export const RECHECK_INTERVAL_MS = 1_000;

/** Receives `limit`, to put on its query (opening the embedded database may take seconds). */
type Probe = (limit: <T>(query: Promise<T>) => Promise<T>) => Promise<void>;

type State = {
  down: boolean;
  lastProbeAt: number;
  probing: Promise<boolean> | null;
  probe: Probe | null;
};

const KEY = Symbol.for("parcours.db.availability");

function state(): State {
  const g = globalThis as { [KEY]?: State };
  g[KEY] ??= { down: false, lastProbeAt: 0, probing: null, probe: null };
  return g[KEY];
}

/** Called by the database layer with the function that proves the database answers. */
export function registerDatabaseProbe(probe: Probe): void {
  state().probe = probe;
}

/** True while the last probe failed: pages are answered with a 503 without trying. */
export function databaseMarkedDown(): boolean {
  return state().down;
}

function limit<T>(query: Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`pas de réponse en ${PROBE_TIMEOUT_MS} ms`)),
      PROBE_TIMEOUT_MS,
    );
    query.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}

/**
 * Runs the probe now (or joins the one running) and records the outcome.
 * True when the database answered. Without a registered probe, nothing has
 * used the database yet in this process: it is not known to be down.
 */
export function checkDatabase(): Promise<boolean> {
  const s = state();
  if (s.probing) return s.probing;
  const probe = s.probe;
  if (!probe) return Promise.resolve(!s.down);
  s.lastProbeAt = Date.now();
  s.probing = probe(limit)
    .then(
      () => {
        if (s.down) console.info("[db] base de données de nouveau joignable");
        s.down = false;
        return true;
      },
      (error: unknown) => {
        if (!s.down) console.error("[db] base de données injoignable :", describe(error));
        s.down = true;
        return false;
      },
    )
    .finally(() => {
      s.probing = null;
    });
  return s.probing;
}

/**
 * While the database is marked down, probes again when the last probe is old
 * enough; true when requests may go through.
 */
export async function databaseAvailable(now: number = Date.now()): Promise<boolean> {
  const s = state();
  if (!s.down) return true;
  if (s.probing) return s.probing;
  if (now - s.lastProbeAt < RECHECK_INTERVAL_MS) return false;
  return checkDatabase();
}

/**
 * A query failed. Most failures are the query's own (a unique key, a
 * constraint): the probe tells them apart from an unreachable database
 * without having to recognise every driver's connection errors.
 */
export function reportQueryFailure(): void {
  const s = state();
  if (s.probing || s.down) return;
  void checkDatabase();
}

/** The database could not even be opened or reached: no probe needed to know. */
export function reportDatabaseUnreachable(error: unknown): void {
  const s = state();
  if (!s.down) console.error("[db] base de données injoignable :", describe(error));
  s.down = true;
  s.lastProbeAt = Date.now();
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * After a failed read: when the database itself is away, waits (probing at
 * most once per RECHECK_INTERVAL_MS) until it answers again or `deadline`
 * passes. True when the read may be tried again; false when the failure was
 * the query's own (the database answers) or the database stayed away.
 */
export async function waitForDatabaseAfterFailure(deadline: number): Promise<boolean> {
  if (await checkDatabase()) return false;
  while (Date.now() + RECHECK_INTERVAL_MS < deadline) {
    await new Promise((resolve) => setTimeout(resolve, RECHECK_INTERVAL_MS));
    if (await databaseAvailable()) return true;
  }
  return false;
}
