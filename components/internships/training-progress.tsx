import { formatCalendarDay } from "@/lib/dates/paris";
import type { Dossier } from "@/lib/internships/dossier";
import { yearOf } from "@/lib/internships/calendar";
import { ObligationStatusBadge } from "./obligation-status-badge";

const number = (n: number) => String(n).replace(".", ",");

/**
 * The annual training sheets, filled by themselves from attendance at the
 * sessions that count towards the stage: per year, the days and hours done
 * against what the council requires, and the sessions attended.
 */
export function TrainingProgress({
  dossier,
  headingLevel = 2,
  sheetAction,
}: {
  dossier: Dossier;
  headingLevel?: 2 | 3;
  /** What the reader may do with the year's sheet (the stagiaire transmits it). */
  sheetAction?: (year: number) => React.ReactNode;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <div className="flex flex-col gap-6">
      {dossier.calendar.yearPeriods.map((period, i) => {
        const year = i + 1;
        const progress = dossier.obligations.filter((o) => o.year === year && o.progress !== null);
        const sheet = dossier.obligations.find((o) => o.key === `training-sheet-${year}`);
        const sessions = dossier.training.filter(
          (s) => yearOf(dossier.calendar, s.firstDay) === year,
        );
        return (
          <section
            key={year}
            id={`formations-annee-${year}`}
            aria-labelledby={`formations-annee-${year}-titre`}
            className="flex flex-col gap-2"
          >
            <Heading id={`formations-annee-${year}-titre`} className="text-lg font-semibold">
              Année {year} — du {formatCalendarDay(period.start)} au {formatCalendarDay(period.end)}
            </Heading>
            <ul className="flex flex-wrap gap-3">
              {progress.map((o) => (
                <li key={o.key} className="rounded-md border border-slate-200 bg-white px-3 py-2">
                  <p className="text-sm">{o.label}</p>
                  <p className="font-semibold">
                    {number(o.progress!.done)} / {o.progress!.required} {o.progress!.unit}
                    {o.progress!.required > 1 ? "s" : ""}{" "}
                    <ObligationStatusBadge status={o.status} />
                  </p>
                </li>
              ))}
            </ul>
            {sheet ? (
              <p className="text-sm">
                Fiche annuelle de suivi des formations : à remettre avant le{" "}
                {formatCalendarDay(sheet.due)} — <ObligationStatusBadge status={sheet.status} />
              </p>
            ) : null}
            {sheetAction?.(year)}
            {sessions.length ? (
              <table className="w-full border-collapse text-left text-sm">
                <caption className="sr-only">Sessions suivies en année {year}</caption>
                <thead className="bg-slate-50">
                  <tr>
                    <th scope="col" className="px-2 py-1">
                      Formation
                    </th>
                    <th scope="col" className="px-2 py-1">
                      Référence
                    </th>
                    <th scope="col" className="px-2 py-1">
                      Début
                    </th>
                    <th scope="col" className="px-2 py-1 text-right">
                      Jours suivis
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {sessions.map((s) => (
                    <tr key={s.sessionId} className="border-t border-slate-200">
                      <td className="px-2 py-1">
                        {s.title}
                        {s.antiMoneyLaundering ? " (lutte anti-blanchiment)" : ""}
                      </td>
                      <td className="px-2 py-1">{s.reference}</td>
                      <td className="px-2 py-1">{formatCalendarDay(s.firstDay)}</td>
                      <td className="px-2 py-1 text-right">{number(s.days)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : (
              <p className="text-ink-muted">Aucune journée de formation suivie cette année.</p>
            )}
          </section>
        );
      })}
    </div>
  );
}
