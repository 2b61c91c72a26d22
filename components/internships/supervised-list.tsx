import Link from "next/link";
import { formatCalendarDay } from "@/lib/dates/paris";
import type { Dossier } from "@/lib/internships/dossier";
import { supervisorDocumentPath } from "@/lib/internships/paths";
import { DossierFollowUp } from "./dossier-follow-up";

/** "Mes stagiaires": each stagiaire, their year, what waits for my visa, what is late. */
export function SupervisedList({ dossiers }: { dossiers: Dossier[] }) {
  if (dossiers.length === 0) {
    return <p className="text-ink-muted">Vous n&apos;encadrez aucun stagiaire en ce moment.</p>;
  }
  return (
    <ul className="flex flex-col gap-4">
      {dossiers.map((d) => {
        const waiting = d.obligations.filter((o) => o.status === "transmitted" && o.documentId);
        const firm = d.supervisions.at(-1)?.firmName;
        return (
          <li key={d.id} className="rounded-lg border border-slate-200 bg-white p-4">
            <h2 className="text-lg font-semibold">
              <Link
                href={`/maitre-de-stage/stagiaires/${d.id}`}
                className="text-brand-800 underline"
              >
                {d.stagiaireName}
              </Link>
            </h2>
            <p className="text-sm text-ink-muted">
              Année {d.currentYear} sur {d.calendar.years}
              {firm ? ` · ${firm}` : ""} · fin théorique le{" "}
              {formatCalendarDay(d.calendar.theoreticalEnd)}
            </p>
            <DossierFollowUp
              Heading="h3"
              waitingTitle="En attente de mon visa"
              waiting={waiting.map((o) => ({
                key: o.key,
                item: (
                  <>
                    <Link
                      href={supervisorDocumentPath(o.documentId!)}
                      className="text-brand-800 underline"
                    >
                      {o.label}
                    </Link>{" "}
                    (à remettre avant le {formatCalendarDay(o.due)})
                  </>
                ),
              }))}
              nothingWaiting="Rien à viser."
              obligations={d.obligations}
            />
          </li>
        );
      })}
    </ul>
  );
}
