import { cronHandler } from "@/lib/jobs/cron-route";
import { runMailSlice } from "@/lib/jobs/cron";

export const dynamic = "force-dynamic";
// A platform may stop a function after its own limit; the slice keeps within CRON_TIME_BUDGET_MS.
export const maxDuration = 60;

/** Sends the due e-mails (first attempts left behind, retries): a scheduler calls it every minute. */
export const GET = cronHandler("mail", runMailSlice);
