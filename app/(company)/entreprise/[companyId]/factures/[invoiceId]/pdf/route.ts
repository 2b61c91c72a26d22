import { getViewer } from "@/lib/auth/viewer";
import { invoicePdfResponse } from "@/lib/billing/invoice-pdf-response";
import { notFoundResponse } from "@/lib/http/file-response";
import { companyActor } from "@/lib/scopes/actor";
import { invoiceScope } from "@/lib/scopes/billing";

type Context = { params: Promise<{ companyId: string; invoiceId: string }> };

/** The invoice PDF, to a member of the invoiced company within its invoice scope (invoices.view); 404 to anyone else. */
export async function GET(_request: Request, { params }: Context) {
  const viewer = await getViewer();
  if (!viewer) return notFoundResponse();
  const { companyId, invoiceId } = await params;
  return invoicePdfResponse(invoiceScope(companyActor(viewer, companyId)), invoiceId);
}
