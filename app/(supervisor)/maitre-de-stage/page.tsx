import type { Metadata } from "next";
import { SupervisedList } from "@/components/internships/supervised-list";
import { requireSupervisor } from "@/lib/auth/space-guards";
import { listDossiersFor } from "@/lib/internships/dossier";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Mes stagiaires" };

export default async function MyStagiairesPage() {
  const viewer = await requireSupervisor();
  const dossiers = await listDossiersFor(viewer, "supervisor");
  return (
    <div className="flex flex-col gap-4">
      <PageHeader title="Mes stagiaires" />
      <SupervisedList dossiers={dossiers} />
    </div>
  );
}
