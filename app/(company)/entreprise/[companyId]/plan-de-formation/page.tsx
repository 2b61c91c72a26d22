import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { buttonClass } from "@/components/ui/button-link";
import { DataTable } from "@/components/ui/data-table";
import { PROFESSION_LABELS } from "@/lib/companies/labels";
import { requireCompanyPage } from "@/lib/companies/page-guard";
import { dutyLabel, getTrainingPlan, minutesOf } from "@/lib/companies/training-plan";
import { formatDate } from "@/lib/dates/paris";
import { formatHours } from "@/lib/format/duration";

export const metadata: Metadata = { title: "Plan de formation" };

type Props = { params: Promise<{ companyId: string }> };

/** The firm's annual review, printable as it is (the browser's "Imprimer"). */
export default async function TrainingPlanPage({ params }: Props) {
  const { companyId } = await params;
  const { company } = await requireCompanyPage(companyId, "collaborators.view");
  const now = new Date();
  const plan = await getTrainingPlan(company, now);
  const { year } = plan;
  const base = `/entreprise/${company.companyId}`;
  return (
    <div className="flex flex-col gap-4">
      <Breadcrumb
        items={[
          { href: `${base}/collaborateurs`, label: "Collaborateurs" },
          { label: "Plan de formation" },
        ]}
      />
      <PageHeader title={`Plan de formation ${year}`} />
      <p className="text-sm text-ink-muted">
        {company.companyName}, au {formatDate(now)}. Heures des formations terminées avec une
        inscription confirmée ; obligation des experts-comptables et commissaires aux comptes : 120
        heures de {year - 2} à {year}, dont au moins 20 heures chaque année. Pour l&apos;imprimer,
        utilisez la commande « Imprimer » du navigateur.
      </p>
      <div>
        {/* A plain link: the CSV is a file from a route handler, not a page. */}
        <a href={`${base}/plan-de-formation/csv`} className={buttonClass()}>
          Exporter le plan de formation (CSV)
        </a>
      </div>
      <DataTable
        caption={`Plan de formation ${year} de ${company.companyName}`}
        rows={plan.rows}
        rowKey={(r) => r.participantId}
        empty="Aucun collaborateur."
        columns={[
          {
            header: "Collaborateur",
            cell: (r) => (
              <>
                <span className="font-medium">{r.name}</span>
                <span className="block text-xs text-ink-muted">
                  {PROFESSION_LABELS[r.profession]}
                </span>
              </>
            ),
          },
          ...[year - 2, year - 1, year].map((y) => ({
            header: `Heures ${y}`,
            cell: (r: (typeof plan.rows)[number]) => formatHours(minutesOf(r, y)),
            align: "right" as const,
          })),
          {
            header: `Total ${year - 2}-${year}`,
            cell: (r) => formatHours(r.threeYearMinutes),
            align: "right",
          },
          { header: "Obligation", cell: (r) => dutyLabel(r.duty) },
          {
            header: `Sessions terminées en ${year}`,
            cell: (r) => String(r.doneThisYear),
            align: "right",
          },
          { header: "Sessions prévues", cell: (r) => String(r.planned), align: "right" },
        ]}
      />
    </div>
  );
}
