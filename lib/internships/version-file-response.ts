import "server-only";
import { getViewer } from "@/lib/auth/viewer";
import { notFoundResponse } from "@/lib/http/file-response";
import { storedFileResponse } from "@/lib/storage/file-download";
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
  return storedFileResponse(
    await getVersionFile(viewer, audience, documentId, versionId),
    "attachment",
  );
}
