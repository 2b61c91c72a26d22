import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TrainingProgress } from "@/components/internships/training-progress";
import { TrainingSheetForm } from "@/components/internships/training-sheet-form";
import { requireStagiaire } from "@/lib/auth/space-guards";
import { getMyDossier } from "@/lib/internships/dossier";
import { EDITABLE_STATES, STATE_LABELS } from "@/lib/internships/state-machine";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Mes formations de stage" };

export default async function MyInternshipTrainingPage() {
  const viewer = await requireStagiaire();
  const dossier = await getMyDossier(viewer);
  if (!dossier) notFound();
  return (
    <div className="flex flex-col gap-4">
      <PageHeader title="Mes formations de stage" />
      <p className="text-ink-muted">
        Les sessions comptées pour le stage remplissent d&apos;elles-mêmes vos fiches annuelles de
        suivi des formations, dès que votre présence est enregistrée :{" "}
        {dossier.settings.trainingDaysTotal} jours et {dossier.settings.elearningHoursTotal} heures
        d&apos;e-learning sur trois ans, dont une journée de lutte anti-blanchiment en année{" "}
        {dossier.settings.amlDayYear}.
      </p>
      <TrainingProgress
        dossier={dossier}
        sheetAction={(year) => {
          const sheet = dossier.documents.find(
            (d) => d.kind === "TRAINING_SHEET" && d.sequence === year,
          );
          if (sheet && !EDITABLE_STATES.includes(sheet.state)) {
            return (
              <p className="text-sm">
                Fiche de l&apos;année {year} : {STATE_LABELS[sheet.state]} —{" "}
                <a href={`/stage/documents/${sheet.id}/pdf`} className="text-brand-800 underline">
                  la télécharger avec ses visas (PDF)
                </a>
              </p>
            );
          }
          if (year > dossier.currentYear) return null;
          return <TrainingSheetForm year={year} initialComment="" />;
        }}
      />
    </div>
  );
}
