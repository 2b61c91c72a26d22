import { materialFileResponse } from "@/lib/organizations/material-routes";

type Context = { params: Promise<{ sessionId: string; materialId: string }> };

/** The current version of a material, to its organization's staff; 404 to anyone else. */
export async function GET(_request: Request, { params }: Context) {
  const { sessionId, materialId } = await params;
  return materialFileResponse(sessionId, materialId, "staff");
}
