import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { requireOrganizationStaff } from "@/lib/auth/space-guards";
import { formatDateTime } from "@/lib/dates/paris";
import { listAuditEntries } from "@/lib/organizations/back-office";

export const metadata: Metadata = { title: "Journal d'audit" };

const ACTIONS: Record<string, string> = {
  "registration.created": "Inscription créée",
  "registration.confirmed": "Inscription confirmée",
  "registration.refused": "Inscription refusée",
  "attendance.recorded": "Émargement",
  "session.certificate_rule_changed": "Règle d'attestation modifiée",
  "material.published": "Support publié",
  "material.version_published": "Nouvelle version de support",
  "elearning_question.answered": "Question e-learning répondue",
  "payment.recorded": "Règlement enregistré",
  "order.paid": "Commande soldée",
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuditLogPage({ searchParams }: Props) {
  const viewer = await requireOrganizationStaff();
  const page = Math.max(0, Number((await searchParams).page) || 0);
  const entries = await listAuditEntries(viewer, { page });
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title="Journal d'audit" />
      <DataTable
        caption="Journal d'audit de l'organisme"
        rows={entries}
        rowKey={(e) => e.id}
        empty="Aucune entrée."
        columns={[
          { header: "Date", cell: (e) => formatDateTime(e.at) },
          { header: "Qui", cell: (e) => e.actorName },
          { header: "Action", cell: (e) => ACTIONS[e.action] ?? e.action },
          { header: "Élément", cell: (e) => `${e.entityType} ${e.entityId.slice(-8)}` },
          {
            header: "Détail",
            cell: (e) =>
              e.data ? (
                <code className="break-all text-xs">{JSON.stringify(e.data).slice(0, 200)}</code>
              ) : (
                "—"
              ),
          },
        ]}
      />
      <nav aria-label="Pages du journal" className="flex gap-4 text-sm">
        {page > 0 ? (
          <Link href={`/organisme/journal?page=${page - 1}`} className="text-brand-800 underline">
            Plus récentes
          </Link>
        ) : null}
        {entries.length === 50 ? (
          <Link href={`/organisme/journal?page=${page + 1}`} className="text-brand-800 underline">
            Plus anciennes
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
