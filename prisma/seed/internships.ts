import {
  HalfDay,
  Modality,
  ParticipantKind,
  Profession,
  RegistrationStatus,
} from "../../lib/db/generated/enums";
import type { InternshipDocumentState, ReviewerRole } from "../../lib/db/generated/enums";
import {
  addMonths,
  DEFAULT_COUNCIL_SETTINGS,
  internshipCalendar,
} from "../../lib/internships/calendar";
import { addDaysTo, type Day } from "./clock";
import { newId, type SeedContext, type World } from "./plan";
import { addUser } from "./users";

/**
 * The internship demo (Espace stagiaire, Espace maître de stage, contrôleur):
 * Lucas Moreau, stagiaire in year 2 of a three-year stage at Cabinet Delorme &
 * Associés, supervised by Julien Delorme and controlled by Hélène Garnier.
 * His start is placed so that on any seeding day report 2 falls due within
 * the month (20 days ahead): the default deadlines are computed from the start.
 * Year 1: activity and training sheets and report 1 validated, seven training
 * days out of eight (one late), the e-learning done; report 2 in draft.
 */
export const STAGIAIRE_EMAIL = "stagiaire@demo.test";
export const CONTROLLER_EMAIL = "controleur@demo.test";
export const PRINCIPAL_EMAIL = "controle.principal@demo.test";

const REPORT_1 = `Premier semestre de ma deuxième année au cabinet.

J'ai participé aux missions de présentation des comptes de douze clients (commerce, BTP, professions libérales), de la collecte des pièces à la préparation de la liasse fiscale, sous la supervision de Julien Delorme.

J'ai aussi préparé les déclarations de TVA mensuelles de quatre clients et assisté à deux entretiens de restitution des comptes. Le principal enseignement : anticiper les demandes de pièces pour tenir les délais de clôture.`;

const REPORT_2_DRAFT = `Deuxième semestre de ma deuxième année.

Plan envisagé : les missions d'audit contractuel, la révision des stocks d'un client du négoce, puis mon bilan de l'année.`;

/** What the other internship demos build on: the council, its contrôleurs. */
export type InternshipDemo = { councilId: string; heleneId: string; principalId: string };

export function seedInternships(ctx: SeedContext, world: World): InternshipDemo {
  const { clock } = ctx;
  const today = clock.today;
  const delorme = world.demo.delorme;
  const julienUserId = world.demo.julienUserId;

  // Report 2 of a three-year stage falls due 24 months after the start.
  const startDate = addMonths(addDaysTo(today, 20), -24);
  const calendar = internshipCalendar({
    variant: "THREE_YEARS",
    startDate,
    suspensions: [],
    settings: DEFAULT_COUNCIL_SETTINGS,
  });
  const year1 = calendar.yearPeriods[0]!;
  const at = (day: Day, hour: number) => clock.at(day, hour);

  // The people.
  const lucasUserId = addUser(ctx, {
    email: STAGIAIRE_EMAIL,
    firstName: "Lucas",
    lastName: "Moreau",
    createdAt: at(addDaysTo(startDate, -10), 10),
  });
  const lucasId = newId();
  ctx.rows.participant.push({
    id: lucasId,
    userId: lucasUserId,
    kind: ParticipantKind.COLLABORATOR,
    companyId: delorme.id,
    profession: Profession.EXPERT_COMPTABLE_STAGIAIRE,
    jobTitle: "Expert-comptable stagiaire",
    createdAt: at(addDaysTo(startDate, -10), 10),
  });
  const helene = addUser(ctx, {
    email: CONTROLLER_EMAIL,
    firstName: "Hélène",
    lastName: "Garnier",
    createdAt: at(addDaysTo(startDate, -60), 9),
  });
  const principal = addUser(ctx, {
    email: PRINCIPAL_EMAIL,
    firstName: "Bernard",
    lastName: "Vasseur",
    createdAt: at(addDaysTo(startDate, -400), 9),
  });

  // The council and the stage.
  const councilId = newId();
  ctx.rows.regionalCouncil.push({
    id: councilId,
    name: "Conseil régional de l'Ordre des experts-comptables Auvergne-Rhône-Alpes",
    createdAt: at(addDaysTo(startDate, -800), 9),
  });
  const internshipId = newId();
  ctx.rows.internship.push({
    id: internshipId,
    participantId: lucasId,
    councilId,
    variant: "THREE_YEARS",
    startDate,
    cacTrack: false,
    createdAt: at(addDaysTo(startDate, -5), 11),
  });
  ctx.rows.internshipSupervision.push({
    id: newId(),
    internshipId,
    userId: julienUserId,
    role: "MASTER",
    firmName: delorme.name,
    companyId: delorme.id,
    startDate,
  });
  ctx.rows.internshipControl.push(
    { id: newId(), internshipId, userId: helene, role: "ADJOINT", startDate },
    { id: newId(), internshipId, userId: principal, role: "PRINCIPAL", startDate },
  );

  // Training towards the stage: seven days of the year-1 cycle (eight required),
  // 35 hours of e-learning in year 1, the anti-money-laundering day ahead in year 2.
  trainingCourses(ctx, world, {
    lucasId,
    firstDay: addDaysTo(year1.start, 45),
    elearningDone: addDaysTo(year1.start, 120),
  });

  // Documents of year 1 and report 1, each with its trail; report 2 in draft.
  const trail = (
    documentId: string,
    versionId: string,
    transmitted: Date,
    steps: {
      role: ReviewerRole;
      userId: string;
      to: InternshipDocumentState;
      days: number;
      comment?: string;
    }[],
  ) => {
    let from: InternshipDocumentState = "DRAFT";
    ctx.rows.documentReview.push({
      id: newId(),
      documentId,
      versionId,
      userId: lucasUserId,
      role: "STAGIAIRE",
      fromState: from,
      toState: "SUBMITTED_TO_SUPERVISOR",
      at: transmitted,
    });
    from = "SUBMITTED_TO_SUPERVISOR";
    for (const step of steps) {
      ctx.rows.documentReview.push({
        id: newId(),
        documentId,
        versionId,
        userId: step.userId,
        role: step.role,
        fromState: from,
        toState: step.to,
        comment: step.comment ?? null,
        at: addDaysTo(transmitted, step.days),
      });
      from = step.to;
    }
  };
  const validatedSteps = [
    {
      role: "MASTER" as const,
      userId: julienUserId,
      to: "ENDORSED" as const,
      days: 3,
      comment: "Travail sérieux et bien présenté.",
    },
    {
      role: "STAGIAIRE" as const,
      userId: lucasUserId,
      to: "SUBMITTED_TO_CONTROLLER" as const,
      days: 4,
    },
    {
      role: "CONTROLLER" as const,
      userId: helene,
      to: "VALIDATED" as const,
      days: 12,
      comment: "Validé.",
    },
  ];
  const addDocument = (spec: {
    kind: "REPORT" | "ACTIVITY_SHEET" | "TRAINING_SHEET";
    sequence: number;
    year: number;
    period: { start: Date; end: Date };
    transmitted: Date;
    body?: string;
    hours?: Record<string, number>;
  }) => {
    const documentId = newId();
    const versionId = newId();
    const validatedAt = addDaysTo(spec.transmitted, 12);
    ctx.rows.internshipDocument.push({
      id: documentId,
      internshipId,
      kind: spec.kind,
      sequence: spec.sequence,
      year: spec.year,
      periodStart: spec.period.start,
      periodEnd: spec.period.end,
      state: "VALIDATED",
      draftBody: spec.body ?? null,
      draftHours: spec.hours,
      stateChangedAt: validatedAt,
      createdAt: addDaysTo(spec.transmitted, -7),
      updatedAt: validatedAt,
    });
    ctx.rows.internshipDocumentVersion.push({
      id: versionId,
      documentId,
      version: 1,
      body: spec.body ?? null,
      hours: spec.hours,
      createdById: lucasUserId,
      createdAt: spec.transmitted,
    });
    trail(documentId, versionId, spec.transmitted, validatedSteps);
  };
  const sheetsSent = at(addDaysTo(calendar.annualSheetDue[0]!, -10), 18);
  addDocument({
    kind: "ACTIVITY_SHEET",
    sequence: 1,
    year: 1,
    period: year1,
    transmitted: sheetsSent,
    body: "Première année consacrée surtout à la tenue et à la révision des dossiers.",
    hours: {
      bookkeeping: 820,
      annualAccounts: 310,
      tax: 180,
      payroll: 90,
      advisory: 60,
      other: 40,
    },
  });
  addDocument({
    kind: "TRAINING_SHEET",
    sequence: 1,
    year: 1,
    period: year1,
    transmitted: sheetsSent,
    body: "Cycle de formation de 1re année suivi à 7 jours sur 8 (une journée à rattraper) ; e-learning de 1re année terminé.",
  });
  const report1 = calendar.reports[0]!;
  addDocument({
    kind: "REPORT",
    sequence: 1,
    year: report1.year,
    period: report1.period,
    transmitted: at(addDaysTo(report1.due, -6), 20),
    body: REPORT_1,
  });
  const report2 = calendar.reports[1]!;
  ctx.rows.internshipDocument.push({
    id: newId(),
    internshipId,
    kind: "REPORT",
    sequence: 2,
    year: report2.year,
    periodStart: report2.period.start,
    periodEnd: report2.period.end,
    state: "DRAFT",
    draftBody: REPORT_2_DRAFT,
    stateChangedAt: clock.notAfterNow(at(addDaysTo(today, -3), 21)),
    createdAt: clock.notAfterNow(at(addDaysTo(today, -3), 21)),
    updatedAt: clock.notAfterNow(at(addDaysTo(today, -3), 21)),
  });
  return { councilId, heleneId: helene, principalId: principal };
}

/**
 * The courses that count towards the stage: the existing year-1 cycle of the
 * guide, a second year-1 cycle Lucas followed (7 days of 8), the year-2
 * anti-money-laundering day, and the year-1 e-learning path.
 */
function trainingCourses(
  ctx: SeedContext,
  world: World,
  opts: { lucasId: string; firstDay: Day; elearningDone: Day },
) {
  const { clock } = ctx;
  const crfc = world.orgs.crfc;
  const venueId = crfc.venues[0]?.id ?? null;
  for (const row of ctx.rows.course) {
    if (row.code === "CYC-STG1") row.countsTowardsInternship = true;
  }
  const base = {
    organizationId: crfc.id,
    vatRateBasisPoints: 2000,
    assessmentMethods: "Émargement par demi-journée ; évaluation des acquis en fin de cycle.",
    audience: "Experts-comptables stagiaires.",
    prerequisites: "Être inscrit au stage d'expertise comptable.",
    countsTowardsInternship: true,
    createdAt: addDaysTo(clock.now, -900),
  };
  const cycleCourse = newId();
  const amlCourse = newId();
  const elearningCourse = newId();
  ctx.rows.course.push(
    {
      ...base,
      id: cycleCourse,
      code: "CYC-STG1-J",
      title: "Journées du stage – 1re année",
      modality: Modality.CURSUS,
      objectives: "Acquérir les fondamentaux de la mission de présentation des comptes.",
      programme: "Huit journées réparties sur l'année.",
      durationMinutes: 8 * 420,
      priceExclVatCents: 0,
    },
    {
      ...base,
      id: amlCourse,
      code: "LCB-FT-STG",
      title: "Lutte contre le blanchiment et le financement du terrorisme (Stage)",
      modality: Modality.IN_PERSON,
      objectives: "Connaître les obligations LCB-FT du cabinet et les mettre en œuvre.",
      programme: "Obligations de vigilance, déclaration de soupçon, cas pratiques.",
      durationMinutes: 420,
      priceExclVatCents: 0,
      antiMoneyLaundering: true,
    },
    {
      ...base,
      id: elearningCourse,
      code: "EL-STG1",
      title: "E-learning du stage – 1re année",
      modality: Modality.ELEARNING,
      objectives: "Réviser les fondamentaux de la déontologie et de la révision.",
      programme: "Cinq unités de sept heures.",
      durationMinutes: 35 * 60,
      priceExclVatCents: 0,
    },
  );

  const registration = (sessionId: string, createdAt: Date) => {
    const id = newId();
    ctx.rows.registration.push({
      id,
      participantId: opts.lucasId,
      sessionId,
      status: RegistrationStatus.CONFIRMED,
      confirmedAt: addDaysTo(createdAt, 2),
      createdAt,
      updatedAt: addDaysTo(createdAt, 2),
    });
    ctx.rows.registrationStatusChange.push({
      id: newId(),
      registrationId: id,
      fromStatus: null,
      toStatus: RegistrationStatus.CONFIRMED,
      changedAt: addDaysTo(createdAt, 2),
    });
    return id;
  };

  // Year-1 cycle: eight days a month apart; Lucas missed the fourth.
  const cycleDays = Array.from({ length: 8 }, (_, i) =>
    clock.workingDayOnOrAfter(addDaysTo(opts.firstDay, i * 30)),
  );
  const cycleSession = newId();
  ctx.rows.trainingSession.push({
    id: cycleSession,
    organizationId: crfc.id,
    courseId: cycleCourse,
    reference: `${crfc.code}STG${cycleDays[0]!.getUTCFullYear()}`,
    modality: Modality.CURSUS,
    organizerName: crfc.name,
    venueId,
    startsAt: clock.at(cycleDays[0]!, 9),
    endsAt: clock.at(cycleDays[7]!, 17, 30),
    capacity: 30,
    createdAt: addDaysTo(clock.at(cycleDays[0]!, 9), -60),
    updatedAt: addDaysTo(clock.at(cycleDays[0]!, 9), -60),
  });
  const cycleRegistration = registration(cycleSession, addDaysTo(clock.at(cycleDays[0]!, 9), -40));
  cycleDays.forEach((day, i) => {
    const slotId = newId();
    ctx.rows.sessionSlot.push({
      id: slotId,
      sessionId: cycleSession,
      date: day,
      halfDay: HalfDay.FULL_DAY,
      startsAt: clock.at(day, 9),
      endsAt: clock.at(day, 17, 30),
      title: `Journée ${i + 1}`,
      durationMinutes: 420,
      venueId,
    });
    ctx.rows.attendance.push({
      id: newId(),
      registrationId: cycleRegistration,
      slotId,
      status: i === 3 ? "ABSENT" : "PRESENT",
      recordedAt: clock.at(day, 18),
    });
  });

  // Year-2 anti-money-laundering day, ahead.
  const amlDay = clock.workingDayOnOrAfter(clock.day(45));
  const amlSession = newId();
  ctx.rows.trainingSession.push({
    id: amlSession,
    organizationId: crfc.id,
    courseId: amlCourse,
    reference: `${crfc.code}LCB${amlDay.getUTCFullYear()}`,
    modality: Modality.IN_PERSON,
    organizerName: crfc.name,
    venueId,
    startsAt: clock.at(amlDay, 9),
    endsAt: clock.at(amlDay, 17, 30),
    capacity: 40,
    createdAt: addDaysTo(clock.now, -20),
    updatedAt: addDaysTo(clock.now, -20),
  });
  ctx.rows.sessionSlot.push({
    id: newId(),
    sessionId: amlSession,
    date: amlDay,
    halfDay: HalfDay.FULL_DAY,
    startsAt: clock.at(amlDay, 9),
    endsAt: clock.at(amlDay, 17, 30),
    title: "Obligations LCB-FT du cabinet",
    durationMinutes: 420,
    venueId,
  });
  registration(amlSession, addDaysTo(clock.now, -10));

  // Year-1 e-learning, completed.
  const moduleId = newId();
  ctx.rows.elearningModule.push({
    id: moduleId,
    courseId: elearningCourse,
    title: "E-learning du stage – 1re année",
  });
  const elSession = newId();
  const elStart = clock.at(addDaysTo(opts.elearningDone, -30), 9);
  ctx.rows.trainingSession.push({
    id: elSession,
    organizationId: crfc.id,
    courseId: elearningCourse,
    reference: `${crfc.code}ELS${opts.elearningDone.getUTCFullYear()}`,
    modality: Modality.ELEARNING,
    organizerName: crfc.name,
    startsAt: elStart,
    endsAt: addDaysTo(elStart, 90),
    elearningAccessDays: 90,
    certificateRule: "ELEARNING_COMPLETED",
    createdAt: addDaysTo(elStart, -10),
    updatedAt: addDaysTo(elStart, -10),
  });
  const elRegistration = registration(elSession, addDaysTo(elStart, -5));
  ctx.rows.registration.find((r) => r.id === elRegistration)!.elearningAccessStartsAt = elStart;
  for (let i = 1; i <= 5; i++) {
    const unitId = newId();
    ctx.rows.elearningUnit.push({
      id: unitId,
      moduleId,
      position: i,
      code: `UA${i}`,
      title: ["Déontologie", "Révision des comptes", "Fiscalité", "Social", "Évaluation"][i - 1]!,
      content: "Contenu de l'unité.",
      estimatedMinutes: 420,
    });
    const done = clock.at(addDaysTo(opts.elearningDone, i - 5), 18);
    ctx.rows.elearningProgress.push({
      id: newId(),
      registrationId: elRegistration,
      unitId,
      status: "COMPLETED",
      timeSpentSeconds: 420 * 60,
      startedAt: addDaysTo(done, -1),
      completedAt: done,
      lastSeenAt: done,
    });
  }
}
