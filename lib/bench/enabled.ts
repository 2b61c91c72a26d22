import "server-only";

/**
 * The benchmark's probes (query count, reference PDF) answer only on a server
 * started by `npm run bench`, which sets PARCOURS_BENCH=1; everywhere else
 * they are 404, like any unknown URL.
 */
export function benchProbesEnabled(): boolean {
  return process.env.PARCOURS_BENCH === "1";
}
