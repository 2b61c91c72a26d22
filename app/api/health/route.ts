import { type NextRequest } from "next/server";
import { databaseIsUp } from "@/lib/db/health";
import { checkDependencies } from "@/lib/server/dependencies";

export const dynamic = "force-dynamic";

/**
 * 200 when the database answers, 503 otherwise: what the host's health check
 * polls. `?dependencies=1` also checks the file store and the mail transport,
 * each with its own status; only the database decides the status code (a
 * mail server away delays e-mails, it does not make the app unusable).
 */
export async function GET(request?: NextRequest) {
  const up = await databaseIsUp();
  const detailed = request?.nextUrl.searchParams.get("dependencies") === "1";
  return Response.json(
    {
      status: up ? "ok" : "indisponible",
      database: up ? "ok" : "injoignable",
      ...(detailed ? { dependencies: await checkDependencies(up) } : {}),
    },
    { status: up ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
