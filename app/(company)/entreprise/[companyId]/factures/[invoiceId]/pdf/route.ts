import { getViewer } from "@/lib/auth/viewer";
import { getInvoiceDetails } from "@/lib/billing/invoice-details";
import { invoiceFileName, renderInvoicePdf } from "@/lib/billing/invoice-pdf";
import { fileResponse, notFoundResponse } from "@/lib/http/file-response";
import { companyActor } from "@/lib/scopes/actor";
import { invoiceScope } from "@/lib/scopes/billing";

type Context = { params: Promise<{ companyId: string; invoiceId: string }> };

/** The invoice PDF, to a member of the invoiced company within its invoice scope (invoices.view); 404 to anyone else. */
export async function GET(_request: Request, { params }: Context) {
  const viewer = await getViewer();
  if (!viewer) return notFoundResponse();
  const { companyId, invoiceId } = await params;
  const invoice = await getInvoiceDetails(invoiceScope(companyActor(viewer, companyId)), invoiceId);
  if (!invoice) return notFoundResponse();
  const pdf = await renderInvoicePdf(invoice);
  return fileResponse(new Uint8Array(pdf), {
    fileName: invoiceFileName(invoice),
    contentType: "application/pdf",
    size: pdf.length,
  });
}
