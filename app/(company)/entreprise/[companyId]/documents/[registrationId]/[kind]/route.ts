import { getViewer } from "@/lib/auth/viewer";
import { getCompanyDocument } from "@/lib/companies/documents";
import { renderCertificatePdf } from "@/lib/certificates/pdf";
import { renderConvocationPdf } from "@/lib/documents/convocation-pdf";
import { documentFileName } from "@/lib/documents/file-name";
import { publicBaseUrl } from "@/lib/http/public-url";
import { fileResponse, notFoundResponse } from "@/lib/http/file-response";

type Context = { params: Promise<{ companyId: string; registrationId: string; kind: string }> };

/**
 * A collaborator's convocation or certificate (PDF), for a member holding
 * documents.view in the collaborator's company (lib/companies/documents); 404
 * to anyone else, and whenever lib/documents itself would not serve it.
 */
export async function GET(request: Request, { params }: Context) {
  const viewer = await getViewer();
  if (!viewer) return notFoundResponse();
  const { companyId, registrationId, kind } = await params;
  const document = await getCompanyDocument(viewer, companyId, registrationId, kind, {
    baseUrl: publicBaseUrl(request.url),
  });
  if (!document) return notFoundResponse();
  const { pdf, name } =
    document.kind === "convocation"
      ? {
          pdf: await renderConvocationPdf(document.data),
          name: ["Convocation", document.data.reference, document.data.course.title],
        }
      : {
          pdf: await renderCertificatePdf(document.data),
          name: ["Attestation de formation", document.data.reference, document.data.course.title],
        };
  return fileResponse(new Uint8Array(pdf), {
    fileName: documentFileName([...name, document.data.participant.fullName], "pdf"),
    contentType: "application/pdf",
    size: pdf.length,
  });
}
