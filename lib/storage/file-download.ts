import "server-only";
import { fileResponse, notFoundResponse } from "@/lib/http/file-response";
import { getStorage } from "./index";

/** A stored file a data function found for its viewer: where it lies and how it is named. */
export type StoredFileRef = {
  storageKey: string;
  fileName: string;
  mimeType: string;
  sizeBytes: number | null;
};

/**
 * The download of a stored file the caller may read, or 404 when it found none or the
 * storage lost it (the same answer: a stranger learns nothing).
 */
export async function storedFileResponse(
  file: StoredFileRef | null,
  disposition?: "attachment",
): Promise<Response> {
  if (!file) return notFoundResponse();
  const stored = await getStorage().get(file.storageKey);
  if (!stored) return notFoundResponse();
  return fileResponse(stored.body, {
    fileName: file.fileName,
    contentType: file.mimeType,
    size: stored.size ?? file.sizeBytes,
    ...(disposition ? { disposition } : {}),
  });
}
