import { NextResponse } from "next/server";
import { isSameOrigin } from "@/lib/http/same-origin";
import { uploadMaterialResponse } from "@/lib/organizations/material-routes";

type Context = { params: Promise<{ sessionId: string }> };

/** The trainer publishes a material or a new version, on his own sessions only (else 404). */
export async function POST(request: Request, { params }: Context) {
  if (!isSameOrigin(request)) return NextResponse.json({ ok: false }, { status: 404 });
  return uploadMaterialResponse(request, (await params).sessionId, "trainer");
}
