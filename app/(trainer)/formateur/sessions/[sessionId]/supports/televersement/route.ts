import { uploadMaterialResponse } from "@/lib/organizations/material-routes";

type Context = { params: Promise<{ sessionId: string }> };

/** The trainer publishes a material or a new version, on his own sessions only (else 404). */
export async function POST(request: Request, { params }: Context) {
  return uploadMaterialResponse(request, (await params).sessionId, "trainer");
}
