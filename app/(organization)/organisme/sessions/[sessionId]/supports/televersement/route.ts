import { uploadMaterialResponse } from "@/lib/organizations/material-routes";

type Context = { params: Promise<{ sessionId: string }> };

/** Publishes a material or a new version (lib/organizations/material-routes). */
export async function POST(request: Request, { params }: Context) {
  return uploadMaterialResponse(request, (await params).sessionId, "staff");
}
