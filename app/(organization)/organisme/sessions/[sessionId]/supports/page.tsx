import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SessionMaterialsPanel } from "@/components/materials/session-materials-panel";
import { PageHeader } from "@/components/ui/page-header";
import { requireOrganizationStaff } from "@/lib/auth/space-guards";
import { listStaffMaterials } from "@/lib/organizations/materials";

export const metadata: Metadata = { title: "Supports pédagogiques" };

type Props = { params: Promise<{ sessionId: string }> };

export default async function StaffMaterialsPage({ params }: Props) {
  const viewer = await requireOrganizationStaff();
  const { sessionId } = await params;
  const materials = await listStaffMaterials(viewer, sessionId);
  if (!materials) notFound();
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title="Supports pédagogiques"
        back={{ href: `/organisme/sessions/${sessionId}`, label: "Retour à la session" }}
      />
      <SessionMaterialsPanel
        materials={materials}
        basePath={`/organisme/sessions/${sessionId}/supports`}
      />
    </div>
  );
}
