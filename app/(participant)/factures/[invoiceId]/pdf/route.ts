import { getViewer } from "@/lib/auth/viewer";
import { getInvoiceDetails } from "@/lib/billing/invoice-details";
import { invoiceFileName, renderInvoicePdf } from "@/lib/billing/invoice-pdf";
import { fileResponse, notFoundResponse } from "@/lib/http/file-response";
import { participantActor } from "@/lib/scopes/actor";
import { invoiceScope } from "@/lib/scopes/billing";

type Context = { params: Promise<{ invoiceId: string }> };

/** The invoice PDF, to whoever may see the invoice (lib/scopes/billing); 404 to anyone else. */
export async function GET(_request: Request, { params }: Context) {
  const viewer = await getViewer();
  if (!viewer) return notFoundResponse();
  const { invoiceId } = await params;
  const invoice = await getInvoiceDetails(invoiceScope(participantActor(viewer)), invoiceId);
  if (!invoice) return notFoundResponse();
  const pdf = await renderInvoicePdf(invoice);
  return fileResponse(new Uint8Array(pdf), {
    fileName: invoiceFileName(invoice),
    contentType: "application/pdf",
    size: pdf.length,
  });
}
