import type { Metadata } from "next";
import { DataTable } from "@/components/ui/data-table";
import { requireOrganizationStaff } from "@/lib/auth/space-guards";
import { formatDateTime } from "@/lib/dates/paris";
import { listFailedMail } from "@/lib/organizations/failed-mail";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "E-mails en échec" };

export default async function FailedMailPage() {
  const viewer = await requireOrganizationStaff();
  const failed = await listFailedMail(viewer);
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title="E-mails en échec" />
      <p className="max-w-prose text-sm text-slate-700">
        Ces messages n&apos;ont pas pu être remis après plusieurs essais. Le motif est la réponse du
        serveur de messagerie : vérifiez l&apos;adresse du participant ou prévenez-le autrement.
      </p>
      <DataTable
        caption="E-mails non remis aux participants de vos sessions"
        rows={failed}
        rowKey={(m) => m.id}
        empty="Aucun e-mail en échec."
        columns={[
          { header: "Date", cell: (m) => formatDateTime(m.createdAt) },
          { header: "Participant", cell: (m) => m.participantName },
          { header: "Adresse", cell: (m) => <span className="break-all">{m.to}</span> },
          { header: "Session", cell: (m) => m.session },
          { header: "Message", cell: (m) => m.label },
          { header: "Essais", cell: (m) => m.attempts },
          {
            header: "Motif",
            cell: (m) => <code className="break-all text-xs">{m.reason.slice(0, 300)}</code>,
          },
        ]}
      />
    </div>
  );
}
