import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SessionResultsView } from "@/components/questionnaires/session-results-view";
import { PageHeader } from "@/components/ui/page-header";
import { requireOrganizationStaff } from "@/lib/auth/space-guards";
import { getSessionResults } from "@/lib/organizations/results";

export const metadata: Metadata = { title: "Résultats des questionnaires" };

type Props = { params: Promise<{ sessionId: string }> };

export default async function StaffResultsPage({ params }: Props) {
  const viewer = await requireOrganizationStaff();
  const { sessionId } = await params;
  const results = await getSessionResults(viewer, sessionId);
  if (!results) notFound();
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={`Résultats — ${results.title}`}
        back={{ href: `/organisme/sessions/${sessionId}`, label: "Retour à la session" }}
      />
      <p>
        <a
          href={`/organisme/sessions/${sessionId}/resultats/csv`}
          className="font-semibold text-brand-800 underline"
        >
          Exporter toutes les réponses (CSV)
        </a>
      </p>
      <SessionResultsView questionnaires={results.questionnaires} />
    </div>
  );
}
