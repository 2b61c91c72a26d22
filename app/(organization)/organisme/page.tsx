import type { Metadata } from "next";
import { DataTable } from "@/components/ui/data-table";
import { requireOrganizationStaff } from "@/lib/auth/space-guards";
import { formatDate } from "@/lib/dates/paris";
import { listUpcomingOrganizationSessions } from "@/lib/organizations/sessions";
import { MODALITY_LABELS } from "@/lib/sessions/labels";

export const metadata: Metadata = { title: "Espace organisme" };

export default async function OrganizationHomePage() {
  const viewer = await requireOrganizationStaff();
  const organizations = await Promise.all(
    viewer.organizations.map(async (o) => ({
      ...o,
      sessions: (await listUpcomingOrganizationSessions(viewer, o.organizationId)) ?? [],
    })),
  );
  return (
    <div className="flex flex-col gap-8">
      <h1 className="text-2xl font-bold">Espace organisme</h1>
      {organizations.map((org) => (
        <section
          key={org.organizationId}
          aria-labelledby={`org-${org.organizationId}`}
          className="flex flex-col gap-3"
        >
          <h2 id={`org-${org.organizationId}`} className="text-lg font-semibold">
            {org.organizationName} — prochaines sessions
          </h2>
          <DataTable
            caption={`Prochaines sessions de ${org.organizationName}`}
            rows={org.sessions}
            rowKey={(s) => s.id}
            empty="Aucune session à venir."
            columns={[
              { header: "Formation", cell: (s) => s.title },
              { header: "Réf", cell: (s) => s.reference },
              { header: "Modalité", cell: (s) => MODALITY_LABELS[s.modality] },
              {
                header: "Dates",
                cell: (s) => `${formatDate(s.startsAt)} – ${formatDate(s.endsAt)}`,
              },
              { header: "Inscrits", cell: (s) => s.registrations, align: "right" },
            ]}
          />
        </section>
      ))}
    </div>
  );
}
