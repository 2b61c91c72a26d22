import { databaseIsUp } from "@/lib/db/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const up = await databaseIsUp();
  return Response.json(
    { status: up ? "ok" : "indisponible", database: up ? "ok" : "injoignable" },
    { status: up ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
