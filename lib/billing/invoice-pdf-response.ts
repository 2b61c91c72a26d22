import "server-only";
import { notFoundResponse, pdfResponse } from "@/lib/http/file-response";
import type { InvoiceScope } from "@/lib/scopes/billing";
import { getInvoiceDetails } from "./invoice-details";
import { invoiceFileName, renderInvoicePdf } from "./invoice-pdf";

/** The invoice's PDF when the scope holds it (participant, company member); 404 otherwise. */
export async function invoicePdfResponse(
  scope: InvoiceScope | null,
  invoiceId: string,
): Promise<Response> {
  const invoice = await getInvoiceDetails(scope, invoiceId);
  if (!invoice) return notFoundResponse();
  return pdfResponse(await renderInvoicePdf(invoice), invoiceFileName(invoice));
}
