import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { InternshipFacts } from "@/components/internships/internship-facts";
import { ObligationsByYear } from "@/components/internships/obligations-by-year";
import { TrainingProgress } from "@/components/internships/training-progress";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { requireSupervisor } from "@/lib/auth/space-guards";
import { getDossierFor } from "@/lib/internships/dossier";
import { supervisorDocumentPath } from "@/lib/internships/paths";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Dossier du stagiaire" };

type PageProps = { params: Promise<{ internshipId: string }> };

export default async function SupervisedInternshipPage({ params }: PageProps) {
  const viewer = await requireSupervisor();
  const { internshipId } = await params;
  const dossier = await getDossierFor(viewer, "supervisor", internshipId);
  if (!dossier) notFound();
  return (
    <div className="flex flex-col gap-6">
      <Breadcrumb
        items={[
          { href: "/maitre-de-stage", label: "Mes stagiaires" },
          { label: dossier.stagiaireName },
        ]}
      />
      <PageHeader title={dossier.stagiaireName} />
      <InternshipFacts dossier={dossier} />
      <section aria-labelledby="obligations" className="flex flex-col gap-3">
        <h2 id="obligations" className="text-xl font-semibold">
          Obligations
        </h2>
        <ObligationsByYear
          obligations={dossier.obligations}
          years={dossier.calendar.yearPeriods}
          currentYear={dossier.currentYear}
          link={(o) => (o.documentId ? supervisorDocumentPath(o.documentId) : null)}
          headingLevel={3}
        />
      </section>
      <section aria-labelledby="formations" className="flex flex-col gap-3">
        <h2 id="formations" className="text-xl font-semibold">
          Progression des formations (lecture seule)
        </h2>
        <TrainingProgress dossier={dossier} headingLevel={3} />
      </section>
    </div>
  );
}
