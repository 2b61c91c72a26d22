import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DocumentList } from "@/components/internships/document-list";
import { requireStagiaire } from "@/lib/auth/space-guards";
import { getMyDossier } from "@/lib/internships/dossier";
import { stagiaireObligationLink } from "@/lib/internships/links";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Mes rapports et fiches" };

export default async function MyDocumentsPage() {
  const viewer = await requireStagiaire();
  const dossier = await getMyDossier(viewer);
  if (!dossier) notFound();
  const reports = dossier.obligations.filter((o) => o.kind === "report");
  const sheets = dossier.obligations.filter((o) => o.kind === "activity-sheet");
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title="Mes rapports et fiches" />
      <section aria-labelledby="rapports" className="flex flex-col gap-2">
        <h2 id="rapports" className="text-xl font-semibold">
          Mes rapports semestriels
        </h2>
        <DocumentList
          caption="Rapports semestriels"
          obligations={reports}
          link={stagiaireObligationLink}
        />
      </section>
      <section aria-labelledby="fiches" className="flex flex-col gap-2">
        <h2 id="fiches" className="text-xl font-semibold">
          Mes fiches annuelles d&apos;activités
        </h2>
        <DocumentList
          caption="Fiches annuelles d'activités"
          obligations={sheets}
          link={stagiaireObligationLink}
        />
      </section>
    </div>
  );
}
