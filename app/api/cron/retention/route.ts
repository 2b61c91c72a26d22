import { cronHandler } from "@/lib/jobs/cron-route";
import { runRetentionSlice } from "@/lib/jobs/cron";

export const dynamic = "force-dynamic";
export const maxDuration = 60;

/** Applies the retention policy (once a day is enough). */
export const GET = cronHandler("retention", () => runRetentionSlice());
