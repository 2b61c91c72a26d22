import { NextResponse } from "next/server";
import { isSameOrigin } from "@/lib/http/same-origin";
import { uploadMaterialResponse } from "@/lib/organizations/material-routes";

type Context = { params: Promise<{ sessionId: string }> };

/** Publishes a material or a new version (lib/organizations/material-routes). */
export async function POST(request: Request, { params }: Context) {
  if (!isSameOrigin(request)) return NextResponse.json({ ok: false }, { status: 404 });
  return uploadMaterialResponse(request, (await params).sessionId, "staff");
}
