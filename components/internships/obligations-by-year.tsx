import Link from "next/link";
import { formatCalendarDay } from "@/lib/dates/paris";
import type { Obligation } from "@/lib/internships/obligations";
import { ObligationStatusBadge } from "./obligation-status-badge";

const number = (n: number) => String(n).replace(".", ",");

/**
 * Each year of the stage with its obligations, due dates and statuses; `link`
 * gives the page of an obligation's document, when the reader has one.
 */
export function ObligationsByYear({
  obligations,
  years,
  currentYear,
  link,
  headingLevel = 2,
}: {
  obligations: Obligation[];
  years: { start: Date; end: Date }[];
  currentYear: number;
  link?: (o: Obligation) => string | null;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <div className="flex flex-col gap-6">
      {years.map((period, i) => {
        const year = i + 1;
        const items = obligations.filter((o) => o.year === year);
        return (
          <section key={year} aria-labelledby={`annee-${year}`} className="flex flex-col gap-2">
            <Heading id={`annee-${year}`} className="text-lg font-semibold">
              Année {year}
              <span className="ml-2 text-sm font-normal text-ink-muted">
                du {formatCalendarDay(period.start)} au {formatCalendarDay(period.end)}
                {year === currentYear ? " — année en cours" : ""}
              </span>
            </Heading>
            <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
              {items.map((o) => {
                const href = link?.(o) ?? null;
                return (
                  <li
                    key={o.key}
                    className="flex flex-wrap items-center justify-between gap-2 px-3 py-2"
                  >
                    <div className="flex flex-col">
                      {href ? (
                        <Link href={href} className="font-medium text-brand-800 underline">
                          {o.label}
                        </Link>
                      ) : (
                        <span className="font-medium">{o.label}</span>
                      )}
                      <span className="text-sm text-ink-muted">
                        Échéance : {formatCalendarDay(o.due)}
                        {o.progress
                          ? ` · ${number(o.progress.done)} / ${o.progress.required} ${o.progress.unit}${o.progress.required > 1 ? "s" : ""}`
                          : ""}
                      </span>
                    </div>
                    <ObligationStatusBadge status={o.status} />
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
