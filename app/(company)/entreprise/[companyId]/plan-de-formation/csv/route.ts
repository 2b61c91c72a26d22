import { getViewer } from "@/lib/auth/viewer";
import { requireCompanyPermission } from "@/lib/companies/authorize";
import { getTrainingPlan, trainingPlanCsv } from "@/lib/companies/training-plan";
import { documentFileName } from "@/lib/documents/file-name";
import { fileResponse, notFoundResponse } from "@/lib/http/file-response";

type Context = { params: Promise<{ companyId: string }> };

/** The training plan as CSV (French spreadsheets), with collaborators.view; 404 otherwise. */
export async function GET(_request: Request, { params }: Context) {
  const viewer = await getViewer();
  if (!viewer) return notFoundResponse();
  const { companyId } = await params;
  const company = requireCompanyPermission(viewer, companyId, "collaborators.view");
  if (!company) return notFoundResponse();
  const plan = await getTrainingPlan(company);
  const body = new TextEncoder().encode(trainingPlanCsv(plan));
  return fileResponse(body, {
    fileName: documentFileName(
      ["Plan de formation", company.companyName, String(plan.year)],
      "csv",
    ),
    contentType: "text/csv; charset=utf-8",
    size: body.length,
  });
}
