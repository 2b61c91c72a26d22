import autocannon from "autocannon";
import type { BenchPage } from "./pages";
import type { RunningServer } from "./server";

/**
 * The soak: minutes of load at 10 connections over a mix of pages, each
 * connection taking the next page in turn. A leak shows as memory that keeps
 * growing after the first minute (the caches and JIT have settled by then);
 * the budget is the resident memory at the end within 15 % of the first
 * minute's, with no failed request.
 */
export type SoakResult = {
  minutes: number;
  pages: number;
  connections: number;
  requests: number;
  requestsPerSecond: number;
  p99Ms: number;
  failures: number;
  memoryAfterFirstMinuteBytes: number;
  memoryAtEndBytes: number;
  growth: number;
};

export const SOAK_MEMORY_LIMIT = 0.15;

export async function soak(
  server: RunningServer,
  pages: BenchPage[],
  minutes: number,
): Promise<SoakResult> {
  let turn = 0;
  let afterFirstMinute = 0;
  const firstMinute = setTimeout(
    () => (afterFirstMinute = server.currentBytes()),
    Math.min(60, minutes * 30) * 1000,
  );
  const result = await autocannon({
    url: server.baseUrl,
    connections: 10,
    duration: Math.round(minutes * 60),
    timeout: 30,
    requests: [
      {
        setupRequest: (request) => {
          const page = pages[turn++ % pages.length]!;
          return {
            ...request,
            method: "GET",
            path: page.target.path,
            headers: page.target.headers,
          };
        },
      },
    ],
  });
  clearTimeout(firstMinute);
  const atEnd = server.currentBytes();
  return {
    minutes,
    pages: pages.length,
    connections: 10,
    requests: result.requests.total,
    requestsPerSecond: result.requests.total / result.duration,
    p99Ms: result.latency.p99,
    failures: result.non2xx + result.errors + result.timeouts,
    memoryAfterFirstMinuteBytes: afterFirstMinute,
    memoryAtEndBytes: atEnd,
    growth: afterFirstMinute ? atEnd / afterFirstMinute - 1 : NaN,
  };
}
