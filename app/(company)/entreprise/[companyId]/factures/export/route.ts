import { exportPeriod } from "@/lib/billing/period";
import { invoicesCsv } from "@/lib/companies/invoice-exports";
import { companyInvoicesInPeriod } from "@/lib/companies/invoices-in-period";
import { documentFileName } from "@/lib/documents/file-name";
import { fileResponse } from "@/lib/http/file-response";

type Context = { params: Promise<{ companyId: string }> };

/**
 * The company's invoices issued between ?du= and ?au= (YYYY-MM-DD, both
 * included; by default the year to date) as CSV for the firm's accounting;
 * 404 without invoices.view, 400 for a malformed period.
 */
export async function GET(request: Request, { params }: Context) {
  const found = await companyInvoicesInPeriod(
    request,
    (await params).companyId,
    (query, now) => exportPeriod(query.get("du"), query.get("au"), now),
    "Période invalide : indiquez deux dates, la seconde après la première.",
  );
  if (found instanceof Response) return found;
  const { company, period, invoices } = found;
  const body = new TextEncoder().encode(invoicesCsv(invoices));
  return fileResponse(body, {
    fileName: documentFileName(["Factures", company.companyName, period.label], "csv"),
    contentType: "text/csv; charset=utf-8",
    size: body.length,
  });
}
