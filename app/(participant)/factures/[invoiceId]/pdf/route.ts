import { getViewer } from "@/lib/auth/viewer";
import { invoicePdfResponse } from "@/lib/billing/invoice-pdf-response";
import { notFoundResponse } from "@/lib/http/file-response";
import { participantActor } from "@/lib/scopes/actor";
import { invoiceScope } from "@/lib/scopes/billing";

type Context = { params: Promise<{ invoiceId: string }> };

/** The invoice PDF, to whoever may see the invoice (lib/scopes/billing); 404 to anyone else. */
export async function GET(_request: Request, { params }: Context) {
  const viewer = await getViewer();
  if (!viewer) return notFoundResponse();
  const { invoiceId } = await params;
  return invoicePdfResponse(invoiceScope(participantActor(viewer)), invoiceId);
}
