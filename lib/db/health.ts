import "server-only";
import { getDb } from "./index";

/** True when the database answers a trivial query. */
export async function databaseIsUp(): Promise<boolean> {
  try {
    const db = await getDb();
    await db.$queryRaw`SELECT 1`;
    return true;
  } catch {
    return false;
  }
}
