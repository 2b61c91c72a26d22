import type { Metadata } from "next";
import Link from "next/link";
import { DetachCollaboratorButton } from "@/components/company/detach-collaborator-button";
import { DutyBadge } from "@/components/company/duty-badge";
import { RequestCollaboratorForm } from "@/components/company/request-collaborator-form";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { requireCompanyPermission } from "@/lib/companies/authorize";
import { listCollaborators } from "@/lib/companies/collaborators";
import { PROFESSION_LABELS } from "@/lib/companies/labels";
import { requireCompanyPage } from "@/lib/companies/page-guard";
import { parisYear } from "@/lib/dates/paris";
import { formatHours } from "@/lib/format/duration";
import { companyActor } from "@/lib/scopes/actor";
import { registrationScope } from "@/lib/scopes/registrations";

export const metadata: Metadata = { title: "Collaborateurs" };

type Props = { params: Promise<{ companyId: string }> };

export default async function CollaboratorsPage({ params }: Props) {
  const { companyId } = await params;
  const { viewer, company } = await requireCompanyPage(companyId, "collaborators.view");
  const collaborators = await listCollaborators(company);
  // The link to a collaborator's trainings shows when the member may read them.
  const withTrainings = registrationScope(companyActor(viewer, company.companyId)) !== null;
  const manages =
    requireCompanyPermission(viewer, company.companyId, "collaborators.manage") !== null;
  const year = parisYear(new Date());
  return (
    <div className="flex flex-col gap-4">
      <PageHeader title="Collaborateurs" />
      <p className="text-sm text-ink-muted">
        Heures des formations terminées avec une inscription confirmée. Obligation des
        experts-comptables et commissaires aux comptes : 120 heures sur trois années glissantes (
        {year - 2} à {year}), dont au moins 20 heures chaque année.
      </p>
      <p>
        <Link
          href={`/entreprise/${company.companyId}/plan-de-formation`}
          className="font-medium text-brand-800 underline"
        >
          Plan de formation (imprimable, CSV)
        </Link>
      </p>
      <DataTable
        caption={`Collaborateurs de ${company.companyName}`}
        rows={collaborators}
        rowKey={(c) => c.participantId}
        empty="Aucun collaborateur."
        columns={[
          {
            header: "Collaborateur",
            cell: (c) =>
              withTrainings ? (
                <Link
                  href={`/entreprise/${company.companyId}/collaborateurs/${c.participantId}`}
                  className="font-medium text-brand-800 underline"
                >
                  {c.name}
                </Link>
              ) : (
                c.name
              ),
          },
          { header: "Adresse e-mail", cell: (c) => <span className="break-all">{c.email}</span> },
          { header: "Profession", cell: (c) => PROFESSION_LABELS[c.profession] },
          { header: `Heures ${year}`, cell: (c) => formatHours(c.yearMinutes), align: "right" },
          {
            header: `Heures ${year - 2}-${year}`,
            cell: (c) => formatHours(c.threeYearMinutes),
            align: "right",
          },
          { header: "Obligation", cell: (c) => <DutyBadge duty={c.duty} /> },
          ...(manages
            ? [
                {
                  header: "Départ",
                  cell: (c: (typeof collaborators)[number]) => (
                    <DetachCollaboratorButton
                      companyId={company.companyId}
                      collaborator={{ participantId: c.participantId, name: c.name }}
                    />
                  ),
                },
              ]
            : []),
        ]}
      />
      {manages ? (
        <>
          <p className="text-sm text-ink-muted">
            Un collaborateur détaché garde son compte, son historique, ses attestations et les
            factures à son nom ; le cabinet garde ses commandes et factures, sans voir ses
            formations suivantes.
          </p>
          <RequestCollaboratorForm companyId={company.companyId} />
        </>
      ) : null}
    </div>
  );
}
