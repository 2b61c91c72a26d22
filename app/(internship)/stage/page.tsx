import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EndOfStageSummary } from "@/components/internships/end-of-stage-summary";
import { InternshipFacts } from "@/components/internships/internship-facts";
import { ObligationsByYear } from "@/components/internships/obligations-by-year";
import { RiskList } from "@/components/internships/risk-list";
import { requireStagiaire } from "@/lib/auth/space-guards";
import { getMyDossier } from "@/lib/internships/dossier";
import { stagiaireObligationLink } from "@/lib/internships/links";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Mon stage" };

export default async function MyInternshipPage() {
  const viewer = await requireStagiaire();
  const dossier = await getMyDossier(viewer);
  if (!dossier) notFound();
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title="Mon stage d'expertise comptable" />
      <InternshipFacts dossier={dossier} />
      <EndOfStageSummary dossier={dossier} />
      <section aria-labelledby="risques" className="flex flex-col gap-2">
        <h2 id="risques" className="text-xl font-semibold">
          À surveiller
        </h2>
        <RiskList risks={dossier.risks} />
      </section>
      <section aria-labelledby="calendrier" className="flex flex-col gap-3">
        <h2 id="calendrier" className="text-xl font-semibold">
          Le calendrier de mon stage
        </h2>
        <ObligationsByYear
          obligations={dossier.obligations}
          years={dossier.calendar.yearPeriods}
          currentYear={dossier.currentYear}
          link={stagiaireObligationLink}
          headingLevel={3}
        />
      </section>
    </div>
  );
}
