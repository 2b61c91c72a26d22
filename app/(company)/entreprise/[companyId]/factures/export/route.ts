import { getViewer } from "@/lib/auth/viewer";
import { listInvoices } from "@/lib/billing/invoice-list";
import { exportPeriod } from "@/lib/billing/period";
import { companyMembership } from "@/lib/companies/authorize";
import { invoicesCsv } from "@/lib/companies/invoice-exports";
import { documentFileName } from "@/lib/documents/file-name";
import { fileResponse, notFoundResponse } from "@/lib/http/file-response";
import { companyActor } from "@/lib/scopes/actor";
import { invoiceScope } from "@/lib/scopes/billing";

type Context = { params: Promise<{ companyId: string }> };

/**
 * The company's invoices issued between ?du= and ?au= (YYYY-MM-DD, both
 * included; by default the year to date) as CSV for the firm's accounting;
 * 404 without invoices.view, 400 for a malformed period.
 */
export async function GET(request: Request, { params }: Context) {
  const viewer = await getViewer();
  if (!viewer) return notFoundResponse();
  const { companyId } = await params;
  const scope = invoiceScope(companyActor(viewer, companyId));
  const company = companyMembership(viewer, companyId);
  if (!scope || !company) return notFoundResponse();
  const query = new URL(request.url).searchParams;
  const period = exportPeriod(query.get("du"), query.get("au"), new Date());
  if (!period) {
    return new Response("Période invalide : indiquez deux dates, la seconde après la première.", {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  const invoices = await listInvoices(scope, { issued: period });
  const body = new TextEncoder().encode(invoicesCsv([...invoices].reverse()));
  return fileResponse(body, {
    fileName: documentFileName(["Factures", company.companyName, period.label], "csv"),
    contentType: "text/csv; charset=utf-8",
    size: body.length,
  });
}
