import { getViewer } from "@/lib/auth/viewer";
import { listInvoices } from "@/lib/billing/invoice-list";
import { statementPeriod } from "@/lib/billing/period";
import { companyMembership } from "@/lib/companies/authorize";
import { renderStatementPdf, statementFileName } from "@/lib/companies/statement-pdf";
import { fileResponse, notFoundResponse } from "@/lib/http/file-response";
import { companyActor } from "@/lib/scopes/actor";
import { invoiceScope } from "@/lib/scopes/billing";

type Context = { params: Promise<{ companyId: string }> };

/**
 * The monthly statement (PDF) of the invoices issued to the company in
 * ?mois=YYYY-MM (by default this month); 404 without invoices.view, 400 for
 * a malformed month.
 */
export async function GET(request: Request, { params }: Context) {
  const viewer = await getViewer();
  if (!viewer) return notFoundResponse();
  const { companyId } = await params;
  const scope = invoiceScope(companyActor(viewer, companyId));
  const company = companyMembership(viewer, companyId);
  if (!scope || !company) return notFoundResponse();
  const period = statementPeriod(new URL(request.url).searchParams.get("mois"), new Date());
  if (!period) {
    return new Response("Mois invalide : indiquez-le sous la forme AAAA-MM.", {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  const invoices = await listInvoices(scope, { issued: period });
  const statement = {
    companyName: company.companyName,
    periodLabel: period.label,
    issuedAt: new Date(),
    // In the order they were issued, as a statement reads.
    invoices: [...invoices].reverse(),
  };
  const pdf = await renderStatementPdf(statement);
  return fileResponse(new Uint8Array(pdf), {
    fileName: statementFileName(statement),
    contentType: "application/pdf",
    size: pdf.length,
  });
}
