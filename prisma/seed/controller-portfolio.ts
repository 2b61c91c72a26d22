import { ParticipantKind, Profession } from "../../lib/db/generated/enums";
import type { InternshipDocumentState, ReviewerRole } from "../../lib/db/generated/enums";
import {
  addMonths,
  DEFAULT_COUNCIL_SETTINGS,
  internshipCalendar,
  type InternshipCalendar,
} from "../../lib/internships/calendar";
import { addDaysTo, type Day } from "./clock";
import type { InternshipDemo } from "./internships";
import { newId, type SeedContext } from "./plan";
import { addUser, volumeEmail } from "./users";

/**
 * Hélène Garnier's portfolio beyond Lucas Moreau (Espace contrôleur de stage):
 * Camille Fontaine in year 3, whose report 3, visaed by Sandrine Lambert,
 * waits for Hélène; Hugo Petit in year 2, whose report 1 is late; and a
 * second contrôleur adjoint of the council, Paul Girard, with a stagiaire of
 * his own (the principal reassigns between them; each sees only his own).
 */
export const STAGIAIRE3_EMAIL = "stagiaire3@demo.test";
export const MAITRE2_EMAIL = "maitre2@demo.test";
export const CONTROLLER2_EMAIL = "controleur2@demo.test";

const REPORT_3 = `Premier semestre de ma troisième année au cabinet Lambert Audit.

J'ai conduit sous supervision la révision des comptes de trois clients (négoce, transport, association), de la planification à la note de synthèse.

J'ai aussi participé à une mission d'évaluation d'entreprise. Le principal enseignement : documenter chaque estimation dans le dossier de travail.`;

type Step = {
  role: ReviewerRole;
  userId: string;
  to: InternshipDocumentState;
  days: number;
  comment?: string;
};

export function seedControllerPortfolio(ctx: SeedContext, demo: InternshipDemo): void {
  const { clock } = ctx;
  const today = clock.today;
  const created = (day: Day) => clock.at(addDaysTo(day, -10), 10);

  const sandrine = addUser(ctx, {
    email: MAITRE2_EMAIL,
    firstName: "Sandrine",
    lastName: "Lambert",
    createdAt: clock.at(addDaysTo(today, -1200), 9),
  });
  const paul = addUser(ctx, {
    email: CONTROLLER2_EMAIL,
    firstName: "Paul",
    lastName: "Girard",
    createdAt: clock.at(addDaysTo(today, -900), 9),
  });

  const stage = (spec: {
    email: string;
    firstName: string;
    lastName: string;
    startDate: Day;
    controllerId: string;
  }) => {
    const userId = addUser(ctx, {
      email: spec.email,
      firstName: spec.firstName,
      lastName: spec.lastName,
      createdAt: created(spec.startDate),
    });
    const participantId = newId();
    ctx.rows.participant.push({
      id: participantId,
      userId,
      kind: ParticipantKind.PRIVATE,
      profession: Profession.EXPERT_COMPTABLE_STAGIAIRE,
      jobTitle: "Expert-comptable stagiaire",
      createdAt: created(spec.startDate),
    });
    const internshipId = newId();
    ctx.rows.internship.push({
      id: internshipId,
      participantId,
      councilId: demo.councilId,
      variant: "THREE_YEARS",
      startDate: spec.startDate,
      cacTrack: false,
      createdAt: created(spec.startDate),
    });
    ctx.rows.internshipSupervision.push({
      id: newId(),
      internshipId,
      userId: sandrine,
      role: "MASTER",
      firmName: "Lambert Audit",
      startDate: spec.startDate,
    });
    ctx.rows.internshipControl.push(
      {
        id: newId(),
        internshipId,
        userId: spec.controllerId,
        role: "ADJOINT",
        startDate: spec.startDate,
      },
      {
        id: newId(),
        internshipId,
        userId: demo.principalId,
        role: "PRINCIPAL",
        startDate: spec.startDate,
      },
    );
    const calendar = internshipCalendar({
      variant: "THREE_YEARS",
      startDate: spec.startDate,
      suspensions: [],
      settings: DEFAULT_COUNCIL_SETTINGS,
    });
    return { userId, internshipId, calendar };
  };

  /** A document transmitted on `sent`, then taken through `steps` (its trail). */
  const document = (
    owner: { userId: string; internshipId: string },
    spec: {
      kind: "REPORT" | "ACTIVITY_SHEET" | "TRAINING_SHEET";
      sequence: number;
      year: number;
      period: { start: Date; end: Date };
      sent: Date;
      body: string;
      hours?: Record<string, number>;
      steps: Step[];
    },
  ) => {
    const documentId = newId();
    const versionId = newId();
    const last = spec.steps.at(-1)!;
    const changed = clock.notAfterNow(addDaysTo(spec.sent, last.days));
    ctx.rows.internshipDocument.push({
      id: documentId,
      internshipId: owner.internshipId,
      kind: spec.kind,
      sequence: spec.sequence,
      year: spec.year,
      periodStart: spec.period.start,
      periodEnd: spec.period.end,
      state: last.to,
      draftBody: spec.body,
      draftHours: spec.hours,
      stateChangedAt: changed,
      createdAt: addDaysTo(spec.sent, -7),
      updatedAt: changed,
    });
    ctx.rows.internshipDocumentVersion.push({
      id: versionId,
      documentId,
      version: 1,
      body: spec.body,
      hours: spec.hours,
      createdById: owner.userId,
      createdAt: spec.sent,
    });
    let from: InternshipDocumentState = "DRAFT";
    for (const step of [
      {
        role: "STAGIAIRE" as const,
        userId: owner.userId,
        to: "SUBMITTED_TO_SUPERVISOR" as const,
        days: 0,
      },
      ...spec.steps,
    ]) {
      ctx.rows.documentReview.push({
        id: newId(),
        documentId,
        versionId,
        userId: step.userId,
        role: step.role,
        fromState: from,
        toState: step.to,
        comment: (step as Step).comment ?? null,
        at: clock.notAfterNow(addDaysTo(spec.sent, step.days)),
      });
      from = step.to;
    }
  };
  const visaed = (stagiaire: string): Step[] => [
    {
      role: "MASTER",
      userId: sandrine,
      to: "ENDORSED",
      days: 3,
      comment: "Travail précis, bien documenté.",
    },
    { role: "STAGIAIRE", userId: stagiaire, to: "SUBMITTED_TO_CONTROLLER", days: 4 },
  ];
  const validated = (stagiaire: string): Step[] => [
    ...visaed(stagiaire),
    { role: "CONTROLLER", userId: demo.heleneId, to: "VALIDATED", days: 12, comment: "Validé." },
  ];
  const yearDocuments = (
    owner: { userId: string; internshipId: string },
    calendar: InternshipCalendar,
    year: number,
  ) => {
    const sent = clock.at(addDaysTo(calendar.annualSheetDue[year - 1]!, -8), 18);
    const period = calendar.yearPeriods[year - 1]!;
    document(owner, {
      kind: "ACTIVITY_SHEET",
      sequence: year,
      year,
      period,
      sent,
      body: `Année ${year} : révision des comptes et missions de présentation.`,
      hours: {
        bookkeeping: 600,
        annualAccounts: 420,
        tax: 200,
        payroll: 80,
        advisory: 90,
        other: 60,
      },
      steps: validated(owner.userId),
    });
    document(owner, {
      kind: "TRAINING_SHEET",
      sequence: year,
      year,
      period,
      sent,
      body: `Formations de l'année ${year} suivies auprès du conseil régional.`,
      steps: validated(owner.userId),
    });
  };

  // Camille Fontaine: year 3; report 3 (due in ten days) visaed and waiting for Hélène.
  const camille = stage({
    email: STAGIAIRE3_EMAIL,
    firstName: "Camille",
    lastName: "Fontaine",
    startDate: addMonths(addDaysTo(today, 10), -30),
    controllerId: demo.heleneId,
  });
  yearDocuments(camille, camille.calendar, 1);
  yearDocuments(camille, camille.calendar, 2);
  for (const report of camille.calendar.reports.slice(0, 3)) {
    const waiting = report.number === 3;
    document(camille, {
      kind: "REPORT",
      sequence: report.number,
      year: report.year,
      period: report.period,
      sent: clock.at(addDaysTo(report.due, waiting ? -15 : -6), 19),
      body: waiting ? REPORT_3 : `Rapport semestriel ${report.number} de Camille Fontaine.`,
      steps: waiting ? visaed(camille.userId) : validated(camille.userId),
    });
  }

  // Hugo Petit: year 2; report 1 was due two months ago and never transmitted.
  const hugo = stage({
    email: volumeEmail(ctx, "Hugo", "Petit"),
    firstName: "Hugo",
    lastName: "Petit",
    startDate: addMonths(today, -20),
    controllerId: demo.heleneId,
  });
  yearDocuments(hugo, hugo.calendar, 1);

  // Paul Girard's stagiaire: year 1, nothing due yet.
  stage({
    email: volumeEmail(ctx, "Inès", "Carpentier"),
    firstName: "Inès",
    lastName: "Carpentier",
    startDate: addMonths(today, -4),
    controllerId: paul,
  });
}
