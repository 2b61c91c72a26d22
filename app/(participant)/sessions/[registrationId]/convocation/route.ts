import { getViewer } from "@/lib/auth/viewer";
import { getConvocation } from "@/lib/documents/convocation";
import { convocationPdf } from "@/lib/documents/convocation-pdf";
import { documentFileName } from "@/lib/documents/file-name";
import { publicBaseUrl } from "@/lib/http/public-url";
import { fileResponse, notFoundResponse } from "@/lib/http/file-response";

type Context = { params: Promise<{ registrationId: string }> };

/** "Ma convocation" (PDF) to whoever may see the registration (lib/documents/access); 404 to anyone else. */
export async function GET(request: Request, { params }: Context) {
  const viewer = await getViewer();
  if (!viewer) return notFoundResponse();
  const { registrationId } = await params;
  const convocation = await getConvocation(viewer, registrationId, {
    baseUrl: publicBaseUrl(request.url),
  });
  if (!convocation) return notFoundResponse();
  const pdf = await convocationPdf(convocation);
  return fileResponse(new Uint8Array(pdf), {
    fileName: documentFileName(
      ["Convocation", convocation.reference, convocation.course.title],
      "pdf",
    ),
    contentType: "application/pdf",
    size: pdf.length,
  });
}
