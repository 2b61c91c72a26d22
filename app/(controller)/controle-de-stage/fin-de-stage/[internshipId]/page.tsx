import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EndOfStagePanel } from "@/components/internships/end-of-stage-panel";
import { PageHeader } from "@/components/ui/page-header";
import { requireController } from "@/lib/auth/space-guards";
import { getEndOfStage } from "@/lib/internships/decision";

export const metadata: Metadata = { title: "Fin de stage" };

type PageProps = { params: Promise<{ internshipId: string }> };

/**
 * The end of a stage for its contrôleurs: the synthesis, documents recorded
 * late; for the principal, the hearing, the comité's decision, the
 * attestation. 404 outside the viewer's portfolio.
 */
export default async function EndOfStagePage({ params }: PageProps) {
  const viewer = await requireController();
  const { internshipId } = await params;
  const end = await getEndOfStage(viewer, internshipId);
  if (!end) notFound();
  return (
    <div className="flex flex-col gap-4">
      <PageHeader title={`Fin de stage — ${end.dossier.stagiaireName}`} />
      <EndOfStagePanel end={end} />
    </div>
  );
}
