import { benchProbesEnabled } from "@/lib/bench/enabled";
import { totalQueries } from "@/lib/db/query-count";
import { notFoundResponse } from "@/lib/http/file-response";

export const dynamic = "force-dynamic";

/** SQL statements sent so far by this server (npm run bench only). */
export function GET() {
  if (!benchProbesEnabled()) return notFoundResponse();
  return Response.json({ queries: totalQueries() }, { headers: { "Cache-Control": "no-store" } });
}
