import { versionFileResponse } from "@/lib/internships/version-file-response";

type Context = { params: Promise<{ documentId: string; versionId: string }> };

/** A transmitted file of the document, as an attachment; 404 to anyone who may not read it. */
export async function GET(_request: Request, { params }: Context) {
  return versionFileResponse("supervisor", params);
}
