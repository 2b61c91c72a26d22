import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SessionMaterialsPanel } from "@/components/materials/session-materials-panel";
import { PageHeader } from "@/components/ui/page-header";
import { requireTrainer } from "@/lib/auth/space-guards";
import { listStaffMaterials } from "@/lib/organizations/materials";

export const metadata: Metadata = { title: "Supports de la session" };

type Props = { params: Promise<{ sessionId: string }> };

export default async function TrainerMaterialsPage({ params }: Props) {
  const viewer = await requireTrainer();
  const { sessionId } = await params;
  const materials = await listStaffMaterials(viewer, sessionId, "trainer");
  if (!materials) notFound();
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title="Supports de la session"
        back={{ href: `/formateur/sessions/${sessionId}`, label: "Retour à la session" }}
      />
      <SessionMaterialsPanel
        materials={materials}
        basePath={`/formateur/sessions/${sessionId}/supports`}
      />
    </div>
  );
}
