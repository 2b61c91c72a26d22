import { getViewer, type ParticipantViewer } from "@/lib/auth/viewer";
import { getUnitFile } from "@/lib/elearning/unit-file";
import { fileResponse, notFoundResponse } from "@/lib/http/file-response";
import { getStorage } from "@/lib/storage";

type Context = { params: Promise<{ registrationId: string; unitId: string }> };

const TYPES: Record<string, string> = {
  pdf: "application/pdf",
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
};

/** A unit's file, for the participant whose access is open; 404 otherwise. */
export async function GET(_request: Request, { params }: Context) {
  const viewer = await getViewer();
  if (!viewer?.participantId) return notFoundResponse();
  const { registrationId, unitId } = await params;
  const file = await getUnitFile(viewer as ParticipantViewer, registrationId, unitId);
  const stored = file ? await getStorage().get(file.storageKey) : null;
  if (!file || !stored) return notFoundResponse();
  const extension = file.fileName.split(".").pop()?.toLowerCase() ?? "";
  return fileResponse(stored.body, {
    fileName: file.fileName,
    contentType: TYPES[extension] ?? "application/octet-stream",
    size: stored.size,
  });
}
