import "server-only";
import { getViewer } from "@/lib/auth/viewer";
import { listInvoices, type InvoiceSummary } from "@/lib/billing/invoice-list";
import type { Period } from "@/lib/billing/period";
import { notFoundResponse } from "@/lib/http/file-response";
import { companyActor } from "@/lib/scopes/actor";
import { invoiceScope } from "@/lib/scopes/billing";
import { companyMembership, type CompanyAccess } from "./authorize";

/**
 * The invoices issued to a company in the period its request names (the CSV export, the
 * monthly statement), oldest first as an accounting document reads: or the answer to send
 * instead, 404 without invoices.view, 400 (with `invalid`, in French) for a malformed period.
 */
export async function companyInvoicesInPeriod(
  request: Request,
  companyId: string,
  parsePeriod: (query: URLSearchParams, now: Date) => Period | null,
  invalid: string,
): Promise<Response | { company: CompanyAccess; period: Period; invoices: InvoiceSummary[] }> {
  const viewer = await getViewer();
  if (!viewer) return notFoundResponse();
  const scope = invoiceScope(companyActor(viewer, companyId));
  const company = companyMembership(viewer, companyId);
  if (!scope || !company) return notFoundResponse();
  const period = parsePeriod(new URL(request.url).searchParams, new Date());
  if (!period) {
    return new Response(invalid, {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  const invoices = await listInvoices(scope, { issued: period });
  return { company, period, invoices: [...invoices].reverse() };
}
