import { getViewer } from "@/lib/auth/viewer";
import { fileResponse, notFoundResponse } from "@/lib/http/file-response";
import { getStaffMaterialFile } from "@/lib/organizations/materials";
import { getStorage } from "@/lib/storage";

type Context = { params: Promise<{ sessionId: string; materialId: string }> };

/** The current version of a material, to its organization's staff; 404 to anyone else. */
export async function GET(_request: Request, { params }: Context) {
  const viewer = await getViewer();
  if (!viewer) return notFoundResponse();
  const { sessionId, materialId } = await params;
  const file = await getStaffMaterialFile(viewer, sessionId, materialId);
  if (!file) return notFoundResponse();
  const stored = await getStorage().get(file.storageKey);
  if (!stored) return notFoundResponse();
  return fileResponse(stored.body, {
    fileName: file.fileName,
    contentType: file.mimeType,
    size: stored.size ?? file.sizeBytes,
  });
}
