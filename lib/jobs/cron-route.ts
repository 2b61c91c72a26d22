import "server-only";
import { cronRefusal, cronTimeBudgetMs } from "./cron-auth";

/**
 * A scheduled-work route handler: checks the scheduler's secret (nothing runs
 * without it), gives the job its time budget and answers in JSON what it did
 * and what is left. A failure (database away) is a 503 the scheduler retries.
 */
export function cronHandler(job: string, run: (deadline: number) => Promise<object>) {
  return async function handler(request: Request): Promise<Response> {
    const refusal = cronRefusal(request);
    if (refusal) return refusal;
    const started = Date.now();
    const headers = { "Cache-Control": "no-store" };
    try {
      const result = await run(started + cronTimeBudgetMs());
      return Response.json({ job, ...result, durationMs: Date.now() - started }, { headers });
    } catch (error) {
      console.error(`[cron] ${job} interrompu`, error);
      return Response.json(
        { job, error: "Travail planifié interrompu : il reprendra au prochain appel." },
        { status: 503, headers },
      );
    }
  };
}
