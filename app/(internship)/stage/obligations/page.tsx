import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ObligationsByYear } from "@/components/internships/obligations-by-year";
import { requireStagiaire } from "@/lib/auth/space-guards";
import { getMyDossier } from "@/lib/internships/dossier";
import { stagiaireObligationLink } from "@/lib/internships/links";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Mes obligations" };

export default async function MyObligationsPage() {
  const viewer = await requireStagiaire();
  const dossier = await getMyDossier(viewer);
  if (!dossier) notFound();
  return (
    <div className="flex flex-col gap-4">
      <PageHeader title="Mes obligations" />
      <p className="text-ink-muted">
        Chaque année : les jours de formation et les heures d&apos;e-learning, les fiches annuelles
        et, en 2e et 3e années, les rapports semestriels. Un document remis en retard peut invalider{" "}
        {dossier.settings.penaltyMonths} mois de stage.
      </p>
      <ObligationsByYear
        obligations={dossier.obligations}
        years={dossier.calendar.yearPeriods}
        currentYear={dossier.currentYear}
        link={stagiaireObligationLink}
      />
    </div>
  );
}
