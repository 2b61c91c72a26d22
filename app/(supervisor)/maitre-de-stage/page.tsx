import type { Metadata } from "next";
import { SupervisedList } from "@/components/internships/supervised-list";
import { requireSupervisor } from "@/lib/auth/space-guards";
import { listDossiersFor } from "@/lib/internships/dossier";

export const metadata: Metadata = { title: "Mes stagiaires" };

export default async function MyStagiairesPage() {
  const viewer = await requireSupervisor();
  const dossiers = await listDossiersFor(viewer, "supervisor");
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">Mes stagiaires</h1>
      <SupervisedList dossiers={dossiers} />
    </div>
  );
}
