import "server-only";
import { checkDatabase } from "./availability";
// Loading the client registers the probe that checkDatabase runs.
import "./client";

/**
 * True when the database answers a trivial query within the probe's time
 * limit. The answer also updates what the proxy knows (lib/db/availability):
 * a health check is the probe that tells the app the database is back.
 */
export async function databaseIsUp(): Promise<boolean> {
  return checkDatabase();
}
