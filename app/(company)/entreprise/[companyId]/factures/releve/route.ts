import { statementPeriod } from "@/lib/billing/period";
import { companyInvoicesInPeriod } from "@/lib/companies/invoices-in-period";
import { renderStatementPdf, statementFileName } from "@/lib/companies/statement-pdf";
import { pdfResponse } from "@/lib/http/file-response";

type Context = { params: Promise<{ companyId: string }> };

/**
 * The monthly statement (PDF) of the invoices issued to the company in
 * ?mois=YYYY-MM (by default this month); 404 without invoices.view, 400 for
 * a malformed month.
 */
export async function GET(request: Request, { params }: Context) {
  const found = await companyInvoicesInPeriod(
    request,
    (await params).companyId,
    (query, now) => statementPeriod(query.get("mois"), now),
    "Mois invalide : indiquez-le sous la forme AAAA-MM.",
  );
  if (found instanceof Response) return found;
  const statement = {
    companyName: found.company.companyName,
    periodLabel: found.period.label,
    issuedAt: new Date(),
    // In the order they were issued, as a statement reads.
    invoices: found.invoices,
  };
  return pdfResponse(await renderStatementPdf(statement), statementFileName(statement));
}
