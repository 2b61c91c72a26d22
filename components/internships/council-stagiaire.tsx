import { Breadcrumb } from "@/components/ui/breadcrumb";
import { PageHeader } from "@/components/ui/page-header";
import { formatCalendarDay } from "@/lib/dates/paris";
import type { CouncilStagiairePage } from "@/lib/internships/reassign";
import { InternshipFacts } from "./internship-facts";
import { ReassignForm } from "./reassign-form";

/** A stagiaire of the council as its contrôleur principal sees him: the facts, who controlled him, the reassignment. */
export function CouncilStagiaire({ page }: { page: CouncilStagiairePage }) {
  const { dossier, controllers, currentControllerId } = page;
  const history = dossier.controls.filter((c) => c.role === "ADJOINT");
  return (
    <div className="flex flex-col gap-6">
      <Breadcrumb
        items={[
          { href: "/controle-de-stage/conseil", label: "Portefeuilles du conseil" },
          { label: dossier.stagiaireName },
        ]}
      />
      <PageHeader title={dossier.stagiaireName} />
      <InternshipFacts dossier={dossier} />
      <section aria-labelledby="historique-controle" className="flex flex-col gap-2">
        <h2 id="historique-controle" className="text-xl font-semibold">
          Contrôleurs successifs
        </h2>
        {history.length === 0 ? (
          <p className="text-ink-muted">Aucun contrôleur n&apos;a encore été désigné.</p>
        ) : (
          <ol className="flex flex-col gap-1">
            {history.map((c) => (
              <li key={`${c.userId}-${c.startDate.toISOString()}`}>
                {c.user.firstName} {c.user.lastName} : depuis le {formatCalendarDay(c.startDate)}
                {c.endDate ? ` jusqu'au ${formatCalendarDay(c.endDate)}` : " (en cours)"}
              </li>
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="reattribuer" className="flex flex-col gap-2">
        <h2 id="reattribuer" className="text-xl font-semibold">
          Confier à un autre contrôleur
        </h2>
        <ReassignForm
          internshipId={dossier.id}
          controllers={controllers}
          currentControllerId={currentControllerId}
        />
      </section>
    </div>
  );
}
