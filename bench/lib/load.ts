import autocannon from "autocannon";

/**
 * One load run with autocannon: a fixed number of connections, each sending
 * its next request as soon as the previous one is answered, for a fixed time.
 */
export type RunResult = {
  connections: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  /** Answers that were not 2xx, errors and timeouts: any of them spoils the run. */
  failures: number;
  /** Set for runs that check each answer's body (questionnaire submissions). */
  accepted?: number;
};

export type LoadTarget = {
  method?: "GET" | "POST";
  path: string;
  headers?: Record<string, string>;
  /** Rewrites each request before it is sent (a new submission each time). */
  setupRequest?: (request: autocannon.Request) => autocannon.Request;
  /** Counts the answers whose body shows success. */
  accepts?: (body: string) => boolean;
};

export async function runLoad(
  baseUrl: string,
  target: LoadTarget,
  connections: number,
  /** Seconds of load, or a fixed number of requests (a burst). */
  length: number | { requests: number },
): Promise<RunResult> {
  let accepted = 0;
  const result = await autocannon({
    url: baseUrl,
    connections,
    ...(typeof length === "number" ? { duration: length } : { amount: length.requests }),
    timeout: 30,
    requests: [
      {
        method: target.method ?? "GET",
        path: target.path,
        headers: target.headers,
        ...(target.setupRequest ? { setupRequest: target.setupRequest } : {}),
        ...(target.accepts
          ? {
              onResponse: (status: number, body: string) => {
                if (status === 200 && target.accepts!(body)) accepted += 1;
              },
            }
          : {}),
      },
    ],
  });
  const requests = result.requests.total;
  return {
    connections,
    requestsPerSecond: requests / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests,
    failures: result.non2xx + result.errors + result.timeouts,
    ...(target.accepts ? { accepted } : {}),
  };
}

/** A few requests one after the other, so that the first run does not pay compilation and caches. */
export async function warmUp(baseUrl: string, target: LoadTarget, count = 15): Promise<void> {
  await runLoadCount(baseUrl, target, count);
}

async function runLoadCount(baseUrl: string, target: LoadTarget, amount: number): Promise<void> {
  await autocannon({
    url: baseUrl,
    connections: 1,
    amount,
    timeout: 30,
    requests: [
      {
        method: target.method ?? "GET",
        path: target.path,
        headers: target.headers,
        ...(target.setupRequest ? { setupRequest: target.setupRequest } : {}),
      },
    ],
  });
}

/**
 * SQL statements of one request: the server's running count (a bench-only
 * probe) read before and after it, with nothing else in flight. The median
 * of five, because the mail worker's timer may query in between.
 */
export async function queriesPerRequest(
  baseUrl: string,
  cookie: string,
  send: () => Promise<Response>,
): Promise<number> {
  const read = async () => {
    const response = await fetch(`${baseUrl}/api/bench/queries`, { headers: { Cookie: cookie } });
    if (!response.ok)
      throw new Error(`Sonde de requêtes SQL indisponible (HTTP ${response.status})`);
    return ((await response.json()) as { queries: number }).queries;
  };
  const counts: number[] = [];
  for (let i = 0; i < 5; i++) {
    const before = await read();
    const response = await send();
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`HTTP ${response.status} pendant le comptage des requêtes`);
    counts.push((await read()) - before);
  }
  return counts.sort((a, b) => a - b)[2]!;
}
