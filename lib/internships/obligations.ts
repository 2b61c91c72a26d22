import type { InternshipDocumentKind, InternshipDocumentState } from "@/lib/db/generated/enums";
import { formatCalendarDay } from "@/lib/dates/paris";
import {
  addDays,
  splitPerYear,
  yearOf,
  type CouncilSettings,
  type InternshipCalendar,
} from "./calendar";

/**
 * What the stagiaire owes, year by year, with its due date and where it
 * stands. Pure: the calendar, the documents and the training record come in,
 * with today's date.
 */
export type ObligationStatus = "todo" | "late" | "transmitted" | "endorsed" | "validated";

export const OBLIGATION_STATUS_LABELS: Record<ObligationStatus, string> = {
  todo: "À faire",
  late: "En retard",
  transmitted: "Transmis",
  endorsed: "Visé",
  validated: "Validé",
};

export type ObligationKind =
  | "report"
  | "activity-sheet"
  | "training-sheet"
  | "training-days"
  | "elearning-hours"
  | "aml-day"
  | "interview";

export type Obligation = {
  key: string;
  kind: ObligationKind;
  year: number;
  label: string;
  due: Date;
  status: ObligationStatus;
  /** The document behind a report or a sheet, when it exists. */
  documentId: string | null;
  /** Training obligations: done and required (days, or hours). */
  progress: { done: number; required: number; unit: "jour" | "heure" } | null;
};

export type DocumentSummary = {
  id: string;
  kind: InternshipDocumentKind;
  sequence: number;
  state: InternshipDocumentState;
};

/** Training done towards the stage, each item on its day. */
export type TrainingRecord = {
  /** Attended in-person or virtual days (a half-day counts 0.5). */
  days: { day: Date; days: number; antiMoneyLaundering: boolean }[];
  /** Completed e-learning, in minutes. */
  elearning: { day: Date; minutes: number }[];
};

export function documentStatus(
  state: InternshipDocumentState,
  due: Date,
  today: Date,
): ObligationStatus {
  switch (state) {
    case "SUBMITTED_TO_SUPERVISOR":
      return "transmitted";
    case "ENDORSED":
    case "SUBMITTED_TO_CONTROLLER":
      return "endorsed";
    case "VALIDATED":
    case "FILED":
      return "validated";
    default:
      return today.getTime() > due.getTime() ? "late" : "todo";
  }
}

function progressStatus(done: number, required: number, due: Date, today: Date): ObligationStatus {
  if (done >= required) return "validated";
  return today.getTime() > due.getTime() ? "late" : "todo";
}

export function reportLabel(number: number): string {
  return `Rapport semestriel ${number}`;
}

export function documentLabel(kind: InternshipDocumentKind, sequence: number): string {
  switch (kind) {
    case "REPORT":
      return reportLabel(sequence);
    case "ACTIVITY_SHEET":
      return `Fiche annuelle d'activités (année ${sequence})`;
    case "TRAINING_SHEET":
      return `Fiche annuelle de suivi des formations (année ${sequence})`;
    case "INTERVIEW":
      return "Entretien de 2e année";
    case "SYNTHESIS":
      return "Fiche générale de synthèse";
  }
}

/** The year of the stage that holds the contrôleur's interview (stages of two years or more). */
export const INTERVIEW_YEAR = 2;

/** Every obligation met: the final package is complete. */
export function finalPackageComplete(obligations: readonly Obligation[]): boolean {
  return obligations.length > 0 && obligations.every((o) => o.status === "validated");
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export function buildObligations(input: {
  calendar: InternshipCalendar;
  settings: CouncilSettings;
  documents: readonly DocumentSummary[];
  training: TrainingRecord;
  today: Date;
}): Obligation[] {
  const { calendar, settings, documents, training, today } = input;
  const doc = (kind: InternshipDocumentKind, sequence: number) =>
    documents.find((d) => d.kind === kind && d.sequence === sequence) ?? null;
  const documentObligation = (
    kind: InternshipDocumentKind,
    obligationKind: ObligationKind,
    sequence: number,
    year: number,
    due: Date,
  ): Obligation => {
    const found = doc(kind, sequence);
    return {
      key: `${obligationKind}-${sequence}`,
      kind: obligationKind,
      year,
      label: documentLabel(kind, sequence),
      due,
      status: found ? documentStatus(found.state, due, today) : today > due ? "late" : "todo",
      documentId: found?.id ?? null,
      progress: null,
    };
  };

  const daysRequired = splitPerYear(settings.trainingDaysTotal, calendar.years);
  const hoursRequired = splitPerYear(settings.elearningHoursTotal, calendar.years);
  const amlYear = Math.min(settings.amlDayYear, calendar.years);
  const obligations: Obligation[] = [];
  for (let year = 1; year <= calendar.years; year++) {
    const yearEnd = calendar.yearPeriods[year - 1]!.end;
    const sheetDue = calendar.annualSheetDue[year - 1]!;
    const inYear = (day: Date) => yearOf(calendar, day) === year;
    const days = round1(training.days.filter((d) => inYear(d.day)).reduce((s, d) => s + d.days, 0));
    const hours = round1(
      training.elearning.filter((e) => inYear(e.day)).reduce((s, e) => s + e.minutes, 0) / 60,
    );
    obligations.push(
      {
        key: `training-days-${year}`,
        kind: "training-days",
        year,
        label: `Jours de formation (année ${year})`,
        due: yearEnd,
        status: progressStatus(days, daysRequired[year - 1]!, yearEnd, today),
        documentId: null,
        progress: { done: days, required: daysRequired[year - 1]!, unit: "jour" },
      },
      {
        key: `elearning-hours-${year}`,
        kind: "elearning-hours",
        year,
        label: `Heures d'e-learning (année ${year})`,
        due: yearEnd,
        status: progressStatus(hours, hoursRequired[year - 1]!, yearEnd, today),
        documentId: null,
        progress: { done: hours, required: hoursRequired[year - 1]!, unit: "heure" },
      },
    );
    if (year === amlYear) {
      const aml = training.days.some((d) => d.antiMoneyLaundering && inYear(d.day)) ? 1 : 0;
      obligations.push({
        key: `aml-day-${year}`,
        kind: "aml-day",
        year,
        label: `Journée de lutte anti-blanchiment (année ${year})`,
        due: yearEnd,
        status: progressStatus(aml, 1, yearEnd, today),
        documentId: null,
        progress: { done: aml, required: 1, unit: "jour" },
      });
    }
    for (const report of calendar.reports.filter((r) => r.year === year)) {
      obligations.push(documentObligation("REPORT", "report", report.number, year, report.due));
    }
    obligations.push(
      documentObligation("ACTIVITY_SHEET", "activity-sheet", year, year, sheetDue),
      documentObligation("TRAINING_SHEET", "training-sheet", year, year, sheetDue),
    );
    // The compulsory interview of year 2 (Grand Est), held before the year ends:
    // met when the contrôleur has recorded its report.
    if (year === INTERVIEW_YEAR) {
      obligations.push(documentObligation("INTERVIEW", "interview", 1, year, yearEnd));
    }
  }
  return obligations.sort((a, b) => a.year - b.year || a.due.getTime() - b.due.getTime());
}

const plural = (n: number, word: string) =>
  `${String(n).replace(".", ",")} ${word}${n > 1 ? "s" : ""}`;

/**
 * The risks in plain words, most urgent first: what is late, then what falls
 * due within `horizonDays`.
 */
export function risksInPlainWords(
  obligations: readonly Obligation[],
  settings: Pick<CouncilSettings, "penaltyMonths">,
  today: Date,
  horizonDays = 60,
): string[] {
  const penalty = `un retard peut invalider ${settings.penaltyMonths} mois de stage`;
  const horizon = addDays(today, horizonDays).getTime();
  const risks: { at: number; text: string }[] = [];
  for (const o of obligations) {
    if (o.status === "late") {
      if (o.progress) {
        const missing = round1(o.progress.required - o.progress.done);
        risks.push({
          at: o.due.getTime(),
          text: `${o.label} : ${plural(o.progress.done, o.progress.unit)} sur ${o.progress.required} — il manque ${plural(missing, o.progress.unit)}, en retard depuis le ${formatCalendarDay(o.due)}`,
        });
      } else {
        risks.push({
          at: o.due.getTime(),
          text: `${o.label} : en retard depuis le ${formatCalendarDay(o.due)} — ${penalty}`,
        });
      }
    } else if (o.status === "todo" && o.due.getTime() <= horizon) {
      const verb = o.progress
        ? "à compléter avant le"
        : o.kind === "interview"
          ? "à tenir avant le"
          : "à remettre avant le";
      risks.push({
        at: o.due.getTime(),
        text: `${o.label} : ${verb} ${formatCalendarDay(o.due)} — ${penalty}`,
      });
    }
  }
  return risks.sort((a, b) => a.at - b.at).map((r) => r.text);
}
