import { getViewer, type ParticipantViewer } from "@/lib/auth/viewer";
import { notFoundResponse } from "@/lib/http/file-response";
import { getMaterialForDownload } from "@/lib/sessions/material-download";
import { storedFileResponse } from "@/lib/storage/file-download";

type Context = { params: Promise<{ registrationId: string; materialId: string }> };

/** Streams a training material to the participant it belongs to; 404 to anyone else or outside its window. */
export async function GET(_request: Request, { params }: Context) {
  const viewer = await getViewer();
  if (!viewer?.participantId) return notFoundResponse();
  const { registrationId, materialId } = await params;
  const file = await getMaterialForDownload(
    viewer as ParticipantViewer,
    registrationId,
    materialId,
  );
  return storedFileResponse(file);
}
