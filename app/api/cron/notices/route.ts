import { cronHandler } from "@/lib/jobs/cron-route";
import { runNoticesSlice } from "@/lib/jobs/cron";

export const dynamic = "force-dynamic";
export const maxDuration = 60;

/** Announces what time alone makes available (validation tests, certificates). */
export const GET = cronHandler("notices", (deadline) => runNoticesSlice(deadline));
