import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CouncilSettingsForm } from "@/components/internships/council-settings-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireController } from "@/lib/auth/space-guards";
import { getCouncilSettingsPage } from "@/lib/internships/council-settings";

export const metadata: Metadata = { title: "Paramètres du conseil" };

export default async function CouncilSettingsPage() {
  const viewer = await requireController();
  const page = await getCouncilSettingsPage(viewer);
  if (!page) notFound();
  return (
    <div className="flex flex-col gap-4">
      <PageHeader title="Paramètres du conseil">
        <p className="text-ink-muted">
          {page.council.name}. Les échéances de chaque stage du conseil sont calculées à partir de
          ces paramètres : une modification s&apos;applique à tous les stages.
        </p>
      </PageHeader>
      <CouncilSettingsForm values={page.values} />
    </div>
  );
}
