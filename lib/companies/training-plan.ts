import "server-only";
import { parisTime, parisYear } from "@/lib/dates/paris";
import { getDb } from "@/lib/db";
import { formatHours } from "@/lib/format/duration";
import { toCsv } from "@/lib/http/csv";
import { DUTY, type DutyStatus } from "@/lib/sessions/duty";
import type { CompanyPermit } from "./authorize";
import { listCollaborators, type CollaboratorSummary } from "./collaborators";
import { PROFESSION_LABELS } from "./labels";

/**
 * The training plan for the firm's annual review: each collaborator's hours of
 * the last three years against the duty, the sessions done this year and those
 * planned (registered, not yet ended). The hours are listCollaborators' (as
 * "Mon parcours" counts them); the sessions, two grouped counts. Three queries
 * whatever the number of collaborators. The caller checked collaborators.view.
 */
export type TrainingPlanRow = CollaboratorSummary & {
  doneThisYear: number;
  planned: number;
};

export type TrainingPlan = { year: number; rows: TrainingPlanRow[] };

export async function getTrainingPlan(
  company: CompanyPermit<"collaborators.view">,
  now: Date = new Date(),
): Promise<TrainingPlan> {
  const year = parisYear(now);
  const db = await getDb();
  const collaborators = { participant: { companyId: company.companyId } };
  const [people, done, planned] = await Promise.all([
    listCollaborators(company, now),
    db.registration.groupBy({
      by: ["participantId"],
      where: {
        ...collaborators,
        status: "CONFIRMED",
        session: { endsAt: { gte: parisTime(year, 1, 1), lt: now } },
      },
      _count: { _all: true },
    }),
    db.registration.groupBy({
      by: ["participantId"],
      where: {
        ...collaborators,
        status: { in: ["PENDING", "CONFIRMED"] },
        session: { status: "SCHEDULED", endsAt: { gte: now } },
      },
      _count: { _all: true },
    }),
  ]);
  const countOf = (rows: { participantId: string; _count: { _all: number } }[]) =>
    new Map(rows.map((r) => [r.participantId, r._count._all]));
  const doneBy = countOf(done);
  const plannedBy = countOf(planned);
  return {
    year,
    rows: people.map((p) => ({
      ...p,
      doneThisYear: doneBy.get(p.participantId) ?? 0,
      planned: plannedBy.get(p.participantId) ?? 0,
    })),
  };
}

/** "À jour", "Manque 12h00 sur 3 ans", or "Sans obligation". */
export function dutyLabel(duty: DutyStatus | null): string {
  if (!duty) return "Sans obligation";
  const thisYear = duty.years[duty.years.length - 1]!;
  if (duty.meetsThreeYears && thisYear.meetsYearly) return "À jour";
  const missing: string[] = [];
  if (!duty.meetsThreeYears) missing.push(`${formatHours(duty.missingMinutes)} sur 3 ans`);
  if (!thisYear.meetsYearly) {
    missing.push(`${formatHours(DUTY.yearlyMinutes - thisYear.minutes)} cette année`);
  }
  return `Manque ${missing.join(" et ")}`;
}

/** Hours of a year of the duty's three (0 for a profession without duty: not counted per year). */
export function minutesOf(row: CollaboratorSummary, year: number): number {
  return row.years.find((y) => y.year === year)?.minutes ?? 0;
}

export function trainingPlanCsv(plan: TrainingPlan): string {
  const { year } = plan;
  return toCsv(
    [
      "Collaborateur",
      "Adresse e-mail",
      "Profession",
      `Heures ${year - 2}`,
      `Heures ${year - 1}`,
      `Heures ${year}`,
      `Heures ${year - 2}-${year}`,
      "Obligation",
      `Sessions terminées en ${year}`,
      "Sessions prévues",
    ],
    plan.rows.map((r) => [
      r.name,
      r.email,
      PROFESSION_LABELS[r.profession],
      formatHours(minutesOf(r, year - 2)),
      formatHours(minutesOf(r, year - 1)),
      formatHours(minutesOf(r, year)),
      formatHours(r.threeYearMinutes),
      dutyLabel(r.duty),
      r.doneThisYear,
      r.planned,
    ]),
  );
}
