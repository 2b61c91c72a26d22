import type { Metadata } from "next";
import { DataTable } from "@/components/ui/data-table";
import { requireCompanyMember } from "@/lib/auth/space-guards";
import { listCollaborators } from "@/lib/companies/collaborators";

export const metadata: Metadata = { title: "Espace entreprise" };

export default async function CompanyHomePage() {
  const viewer = await requireCompanyMember();
  const companies = await Promise.all(
    viewer.companies.map(async (c) => ({
      ...c,
      collaborators: await listCollaborators(viewer, c.companyId),
    })),
  );
  return (
    <div className="flex flex-col gap-8">
      <h1 className="text-2xl font-bold">Espace entreprise</h1>
      {companies.map((company) => (
        <section
          key={company.companyId}
          aria-labelledby={`company-${company.companyId}`}
          className="flex flex-col gap-3"
        >
          <h2 id={`company-${company.companyId}`} className="text-lg font-semibold">
            {company.companyName}
          </h2>
          {company.collaborators ? (
            <DataTable
              caption={`Collaborateurs de ${company.companyName}`}
              rows={company.collaborators}
              rowKey={(c) => c.participantId}
              empty="Aucun collaborateur."
              columns={[
                { header: "Collaborateur", cell: (c) => c.name },
                { header: "Adresse e-mail", cell: (c) => c.email },
                { header: "Inscriptions", cell: (c) => c.registrations, align: "right" },
              ]}
            />
          ) : (
            <p className="text-ink-muted">
              Vous n&apos;avez pas l&apos;habilitation de voir les collaborateurs.
            </p>
          )}
        </section>
      ))}
    </div>
  );
}
