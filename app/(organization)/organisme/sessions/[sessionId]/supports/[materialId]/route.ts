import { getViewer } from "@/lib/auth/viewer";
import { notFoundResponse } from "@/lib/http/file-response";
import { getStaffMaterialFile } from "@/lib/organizations/materials";
import { storedFileResponse } from "@/lib/storage/file-download";

type Context = { params: Promise<{ sessionId: string; materialId: string }> };

/** The current version of a material, to its organization's staff; 404 to anyone else. */
export async function GET(_request: Request, { params }: Context) {
  const viewer = await getViewer();
  if (!viewer) return notFoundResponse();
  const { sessionId, materialId } = await params;
  return storedFileResponse(await getStaffMaterialFile(viewer, sessionId, materialId));
}
