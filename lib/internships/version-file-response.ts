import "server-only";
import { getViewer } from "@/lib/auth/viewer";
import { fileResponse, notFoundResponse } from "@/lib/http/file-response";
import { getStorage } from "@/lib/storage";
import { getVersionFile } from "./documents";

/**
 * A transmitted file, always as an attachment with its sniffed type (never
 * served inline, so an uploaded file can never run as a page); 404 to anyone
 * who may not read the document. One answer for the three spaces' routes.
 */
export async function versionFileResponse(
  audience: "stagiaire" | "supervisor" | "controller",
  params: Promise<{ documentId: string; versionId: string }>,
): Promise<Response> {
  const viewer = await getViewer();
  if (!viewer) return notFoundResponse();
  const { documentId, versionId } = await params;
  const file = await getVersionFile(viewer, audience, documentId, versionId);
  if (!file) return notFoundResponse();
  const stored = await getStorage().get(file.storageKey);
  if (!stored) return notFoundResponse();
  return fileResponse(stored.body, {
    fileName: file.fileName,
    contentType: file.mimeType,
    size: stored.size ?? file.sizeBytes,
    disposition: "attachment",
  });
}
