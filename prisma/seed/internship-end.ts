import { HalfDay, Modality, ParticipantKind, Profession } from "../../lib/db/generated/enums";
import type {
  InternshipDocumentKind,
  InternshipDocumentState,
  ReviewerRole,
} from "../../lib/db/generated/enums";
import {
  addMonths,
  DEFAULT_COUNCIL_SETTINGS,
  internshipCalendar,
  splitPerYear,
} from "../../lib/internships/calendar";
import { attestationValidUntil } from "../../lib/internships/end-rules";
import { addDaysTo, type Day } from "./clock";
import { newId, type SeedContext, type World } from "./plan";
import { addUser } from "./users";

/**
 * The end of the stage in the demo: Camille Roux, another stagiaire of Hélène
 * Garnier, finished her three-year stage four months ago. Every obligation is
 * validated (the training days and e-learning of each year from attendance,
 * the sheets, the four reports, the year-2 interview); the synthesis went to
 * the comité, whose decision issued her attestation de fin de stage.
 */
export const COMPLETED_STAGIAIRE_EMAIL = "stagiaire.attestee@demo.test";
/** The demo attestation's number (checked on /verification/<number>). */
export const DEMO_ATTESTATION_NUMBER = "AFS-7KQ2M9XH4TC8";

export function seedCompletedInternship(
  ctx: SeedContext,
  world: World,
  people: { councilId: string; controllerId: string; principalId: string },
): void {
  const { clock } = ctx;
  const startDate = addMonths(clock.day(0), -40);
  const calendar = internshipCalendar({
    variant: "THREE_YEARS",
    startDate,
    suspensions: [],
    settings: DEFAULT_COUNCIL_SETTINGS,
  });
  const at = (day: Day, hour: number) => clock.at(day, hour);

  const camilleUserId = addUser(ctx, {
    email: COMPLETED_STAGIAIRE_EMAIL,
    firstName: "Camille",
    lastName: "Roux",
    createdAt: at(addDaysTo(startDate, -15), 10),
  });
  const camilleId = newId();
  ctx.rows.participant.push({
    id: camilleId,
    userId: camilleUserId,
    kind: ParticipantKind.PRIVATE,
    profession: Profession.EXPERT_COMPTABLE_STAGIAIRE,
    jobTitle: "Expert-comptable stagiaire",
    createdAt: at(addDaysTo(startDate, -15), 10),
  });
  const masterId = addUser(ctx, {
    email: "anne.lemaire@lemaire-audit.example",
    firstName: "Anne",
    lastName: "Lemaire",
    createdAt: at(addDaysTo(startDate, -30), 9),
  });

  const internshipId = newId();
  ctx.rows.internship.push({
    id: internshipId,
    participantId: camilleId,
    councilId: people.councilId,
    variant: "THREE_YEARS",
    startDate,
    status: "COMPLETED",
    createdAt: at(addDaysTo(startDate, -5), 11),
  });
  ctx.rows.internshipSupervision.push({
    id: newId(),
    internshipId,
    userId: masterId,
    role: "MASTER",
    firmName: "Lemaire Audit & Conseil",
    startDate,
  });
  ctx.rows.internshipControl.push(
    { id: newId(), internshipId, userId: people.controllerId, role: "ADJOINT", startDate },
    { id: newId(), internshipId, userId: people.principalId, role: "PRINCIPAL", startDate },
  );

  training(ctx, world, camilleId, calendar.yearPeriods);

  // Every document validated, each with its trail.
  const review = (
    documentId: string,
    versionId: string,
    steps: {
      role: ReviewerRole;
      userId: string;
      from: InternshipDocumentState;
      to: InternshipDocumentState;
      at: Date;
      comment?: string;
    }[],
  ) => {
    for (const s of steps) {
      ctx.rows.documentReview.push({
        id: newId(),
        documentId,
        versionId,
        userId: s.userId,
        role: s.role,
        fromState: s.from,
        toState: s.to,
        comment: s.comment ?? null,
        at: s.at,
      });
    }
  };
  const addDocument = (spec: {
    kind: InternshipDocumentKind;
    sequence: number;
    year: number;
    period: { start: Date; end: Date };
    sent: Day;
    body: string;
    hours?: Record<string, number>;
  }) => {
    const documentId = newId();
    const versionId = newId();
    const byController = spec.kind === "INTERVIEW" || spec.kind === "SYNTHESIS";
    const state: InternshipDocumentState = spec.kind === "SYNTHESIS" ? "FILED" : "VALIDATED";
    const done = at(addDaysTo(spec.sent, byController ? 0 : 12), 16);
    ctx.rows.internshipDocument.push({
      id: documentId,
      internshipId,
      kind: spec.kind,
      sequence: spec.sequence,
      year: spec.year,
      periodStart: spec.period.start,
      periodEnd: spec.period.end,
      state,
      draftHours: spec.hours,
      stateChangedAt: done,
      createdAt: at(addDaysTo(spec.sent, -7), 9),
      updatedAt: done,
    });
    ctx.rows.internshipDocumentVersion.push({
      id: versionId,
      documentId,
      version: 1,
      body: spec.body,
      hours: spec.hours,
      createdById: byController ? people.controllerId : camilleUserId,
      createdAt: at(spec.sent, byController ? 15 : 18),
    });
    review(
      documentId,
      versionId,
      byController
        ? [{ role: "CONTROLLER", userId: people.controllerId, from: "DRAFT", to: state, at: done }]
        : [
            {
              role: "STAGIAIRE",
              userId: camilleUserId,
              from: "DRAFT",
              to: "SUBMITTED_TO_SUPERVISOR",
              at: at(spec.sent, 18),
            },
            {
              role: "MASTER",
              userId: masterId,
              from: "SUBMITTED_TO_SUPERVISOR",
              to: "ENDORSED",
              at: at(addDaysTo(spec.sent, 3), 11),
              comment: "Travail complet.",
            },
            {
              role: "STAGIAIRE",
              userId: camilleUserId,
              from: "ENDORSED",
              to: "SUBMITTED_TO_CONTROLLER",
              at: at(addDaysTo(spec.sent, 4), 9),
            },
            {
              role: "CONTROLLER",
              userId: people.controllerId,
              from: "SUBMITTED_TO_CONTROLLER",
              to: "VALIDATED",
              at: done,
              comment: "Validé.",
            },
          ],
    );
  };
  calendar.yearPeriods.forEach((period, i) => {
    const year = i + 1;
    const sent = addDaysTo(calendar.annualSheetDue[i]!, -10);
    addDocument({
      kind: "ACTIVITY_SHEET",
      sequence: year,
      year,
      period,
      sent,
      body: `Année ${year} : révision, fiscalité et conseil aux clients du cabinet.`,
      hours: {
        bookkeeping: 700 - 150 * i,
        annualAccounts: 350 + 50 * i,
        tax: 200,
        payroll: 80,
        advisory: 60 + 60 * i,
        other: 40,
      },
    });
    addDocument({
      kind: "TRAINING_SHEET",
      sequence: year,
      year,
      period,
      sent,
      body: `Formations de l'année ${year} suivies en totalité ; e-learning de l'année terminé.`,
    });
  });
  for (const report of calendar.reports) {
    addDocument({
      kind: "REPORT",
      sequence: report.number,
      year: report.year,
      period: report.period,
      sent: addDaysTo(report.due, -8),
      body: `Rapport semestriel ${report.number}.\n\nMissions de présentation et de révision des comptes, travaux de fin d'exercice et premières missions de conseil.`,
    });
  }
  const year2 = calendar.yearPeriods[1]!;
  const interviewDay = clock.workingDayOnOrAfter(addDaysTo(year2.start, 150));
  addDocument({
    kind: "INTERVIEW",
    sequence: 1,
    year: 2,
    period: year2,
    sent: interviewDay,
    body: "Entretien au conseil régional. Stage bien engagé : missions variées, maître de stage disponible. Points d'attention : la fiscalité des sociétés.",
  });
  ctx.rows.internshipInterview.push({
    id: newId(),
    internshipId,
    state: "HELD",
    scheduledAt: at(interviewDay, 14),
    place: "Conseil régional, salle du comité",
    proposedById: people.controllerId,
    acceptedAt: at(addDaysTo(interviewDay, -20), 10),
    createdAt: at(addDaysTo(interviewDay, -25), 10),
    updatedAt: at(interviewDay, 15),
  });
  const end = calendar.theoreticalEnd;
  addDocument({
    kind: "SYNTHESIS",
    sequence: 1,
    year: 3,
    period: { start: startDate, end },
    sent: addDaysTo(end, 30),
    body: "Stage accompli avec sérieux ; toutes les obligations ont été remplies dans les délais. Avis favorable à la délivrance de l'attestation de fin de stage.",
  });

  // The comité's decision and the attestation it issued.
  const decidedOn = addDaysTo(end, 60);
  const decisionId = newId();
  ctx.rows.internshipDecision.push({
    id: decisionId,
    internshipId,
    kind: "ATTESTATION",
    decidedOn,
    comment: "Avis favorable du comité régional du stage.",
    recordedById: people.principalId,
    createdAt: at(decidedOn, 17),
  });
  ctx.rows.internshipAttestation.push({
    id: newId(),
    internshipId,
    decisionId,
    number: DEMO_ATTESTATION_NUMBER,
    issuedOn: decidedOn,
    validUntil: attestationValidUntil(decidedOn),
    createdAt: at(decidedOn, 17),
  });
}

/**
 * The training of each year towards the stage: a cycle of full days (the
 * council's days, split per year; year 2's anti-money-laundering day among
 * them) and the year's e-learning, completed.
 */
function training(
  ctx: SeedContext,
  world: World,
  participantId: string,
  years: readonly { start: Date; end: Date }[],
) {
  const { clock } = ctx;
  const crfc = world.orgs.crfc;
  const venueId = crfc.venues[0]?.id ?? null;
  const days = splitPerYear(DEFAULT_COUNCIL_SETTINGS.trainingDaysTotal, 3);
  const hours = splitPerYear(DEFAULT_COUNCIL_SETTINGS.elearningHoursTotal, 3);
  const course = (
    code: string,
    title: string,
    modality: Modality,
    extra: { antiMoneyLaundering?: boolean } = {},
  ) => {
    const id = newId();
    ctx.rows.course.push({
      id,
      organizationId: crfc.id,
      code,
      title,
      modality,
      objectives: "Les compétences du stage d'expertise comptable.",
      programme: "Journées du cycle du stage.",
      audience: "Experts-comptables stagiaires.",
      assessmentMethods: "Émargement par demi-journée.",
      durationMinutes: 420,
      priceExclVatCents: 0,
      vatRateBasisPoints: 2000,
      countsTowardsInternship: true,
      createdAt: addDaysTo(clock.now, -1500),
      ...extra,
    });
    return id;
  };
  const cycle = course("CYC-STG-R", "Cycle du stage (promotion Roux)", Modality.CURSUS);
  const aml = course(
    "LCB-FT-STG-R",
    "Lutte anti-blanchiment (Stage, promotion Roux)",
    Modality.IN_PERSON,
    {
      antiMoneyLaundering: true,
    },
  );
  const elearning = course("EL-STG-R", "E-learning du stage (promotion Roux)", Modality.ELEARNING);

  const attended = (courseId: string, reference: string, modality: Modality, slotDays: Day[]) => {
    const sessionId = newId();
    ctx.rows.trainingSession.push({
      id: sessionId,
      organizationId: crfc.id,
      courseId,
      reference,
      modality,
      organizerName: crfc.name,
      venueId,
      startsAt: clock.at(slotDays[0]!, 9),
      endsAt: clock.at(slotDays.at(-1)!, 17, 30),
      capacity: 30,
      createdAt: addDaysTo(clock.at(slotDays[0]!, 9), -60),
      updatedAt: addDaysTo(clock.at(slotDays[0]!, 9), -60),
    });
    const registrationId = registration(
      ctx,
      participantId,
      sessionId,
      addDaysTo(clock.at(slotDays[0]!, 9), -30),
    );
    slotDays.forEach((day, i) => {
      const slotId = newId();
      ctx.rows.sessionSlot.push({
        id: slotId,
        sessionId,
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
        registrationId,
        slotId,
        status: "PRESENT",
        recordedAt: clock.at(day, 18),
      });
    });
  };
  years.forEach((period, i) => {
    const year = i + 1;
    const cycleDays = days[i]! - (year === 2 ? 1 : 0);
    attended(
      cycle,
      `${crfc.code}STGR${year}`,
      Modality.CURSUS,
      Array.from({ length: cycleDays }, (_, d) =>
        clock.workingDayOnOrAfter(addDaysTo(period.start, 20 + d * 35)),
      ),
    );
    if (year === 2) {
      attended(aml, `${crfc.code}LCBR`, Modality.IN_PERSON, [
        clock.workingDayOnOrAfter(addDaysTo(period.start, 100)),
      ]);
    }
  });

  // E-learning: one module, each year's units completed within that year.
  const moduleId = newId();
  ctx.rows.elearningModule.push({
    id: moduleId,
    courseId: elearning,
    title: "E-learning du stage",
  });
  const start = clock.at(addDaysTo(years[0]!.start, 10), 9);
  const sessionId = newId();
  ctx.rows.trainingSession.push({
    id: sessionId,
    organizationId: crfc.id,
    courseId: elearning,
    reference: `${crfc.code}ELR`,
    modality: Modality.ELEARNING,
    organizerName: crfc.name,
    startsAt: start,
    endsAt: addDaysTo(start, 1100),
    elearningAccessDays: 1100,
    certificateRule: "ELEARNING_COMPLETED",
    createdAt: addDaysTo(start, -10),
    updatedAt: addDaysTo(start, -10),
  });
  const registrationId = registration(ctx, participantId, sessionId, addDaysTo(start, -5));
  ctx.rows.registration.find((r) => r.id === registrationId)!.elearningAccessStartsAt = start;
  let position = 0;
  years.forEach((period, i) => {
    const units = Math.ceil((hours[i]! * 60) / 420);
    for (let u = 0; u < units; u++) {
      position++;
      const unitId = newId();
      ctx.rows.elearningUnit.push({
        id: unitId,
        moduleId,
        position,
        code: `UR${position}`,
        title: `Année ${i + 1} — unité ${u + 1}`,
        content: "Contenu de l'unité.",
        estimatedMinutes: 420,
      });
      const done = clock.at(addDaysTo(period.start, 60 + u * 30), 18);
      ctx.rows.elearningProgress.push({
        id: newId(),
        registrationId,
        unitId,
        status: "COMPLETED",
        timeSpentSeconds: 420 * 60,
        startedAt: addDaysTo(done, -1),
        completedAt: done,
        lastSeenAt: done,
      });
    }
  });
}

function registration(ctx: SeedContext, participantId: string, sessionId: string, createdAt: Date) {
  const id = newId();
  ctx.rows.registration.push({
    id,
    participantId,
    sessionId,
    status: "CONFIRMED",
    confirmedAt: addDaysTo(createdAt, 2),
    createdAt,
    updatedAt: addDaysTo(createdAt, 2),
  });
  ctx.rows.registrationStatusChange.push({
    id: newId(),
    registrationId: id,
    fromStatus: null,
    toStatus: "CONFIRMED",
    changedAt: addDaysTo(createdAt, 2),
  });
  return id;
}
