import {
  CertificateRule,
  HalfDay,
  MaterialPhase,
  QuestionnaireKind,
  RegistrationStatus,
} from "../../lib/db/generated/enums";
import { addDays } from "../../lib/dates/paris";
import { addDaysTo, addHours, addMinutes } from "./clock";
import { addMaterial } from "./materials";
import { venueNamed } from "./organizations";
import { course, type SeedContext, type SessionPlan, type World } from "./plan";
import { QUESTION_BANK, satisfactionQuestions } from "./question-bank";
import { addQuestionnaire } from "./questionnaires";
import { enrolAlone } from "./registrations";
import { planSession } from "./sessions";

const DDFIP = "DIRECTION DÉPARTEMENTALE FINANCES PUBLIQUES PUY DE DOME";

function pickBank<T>(items: readonly T[], indexes: readonly number[]): T[] {
  return indexes.map((i) => {
    const item = items[i];
    if (item === undefined) throw new Error(`Question ${i} absente de la banque`);
    return item;
  });
}

/**
 * The user guide's screenshots, for Claire: same titles, references, order
 * references, modalities, places and programme lines, with the dates moved to
 * where they sit relative to today in the guide (upcoming ones ahead, the
 * ASFODEM session a few days ago so its validation test is still open).
 */
export function planGuideSessions(
  ctx: SeedContext,
  world: World,
): { safir3: SessionPlan; asfodem: SessionPlan } {
  const { clock } = ctx;
  const { claire } = world.demo;
  const crfc = world.orgs.crfc;
  const add = (session: SessionPlan): SessionPlan => {
    world.sessions.push(session);
    return session;
  };

  // 1. "Test Cycle 1ère année (Stage)": a Friday, then Monday to Friday of the following week.
  const cycle = course(world, "cycle-stage");
  const friday = clock.onOrAfter(clock.day(19), 5);
  const cycleDays = [friday, ...[3, 4, 5, 6, 7].map((n) => addDays(friday, n))];
  const cycleSession = add(
    planSession(ctx, {
      course: cycle,
      reference: "20230050",
      venue: venueNamed(crfc, "CRFC Centre-Est – Espace Part-Dieu"),
      capacity: 20,
      createdAt: addDaysTo(clock.now, -70),
      slots: cycleDays.map((day, i) => ({
        day,
        halfDay: HalfDay.FULL_DAY,
        from: [9, 0],
        to: [17, 30],
        minutes: 420,
        title: cycle.programme[i] ?? cycle.title,
      })),
    }),
  );
  enrolAlone(world, cycleSession, claire, {
    status: RegistrationStatus.CONFIRMED,
    orderReference: "C20032300019",
    orderedAt: clock.at(clock.day(-30), 10, 12),
    confirmedAt: clock.at(clock.day(-27), 15, 40),
    payment: "paid",
    paidAt: clock.at(clock.day(-14), 11, 0),
  });

  // 2. "FORMATION SAFIR 2": pending, positioning test to answer, two half-days in Clermont (shown "Dijon").
  const safir2 = course(world, "safir2");
  const tuesday = clock.onOrAfter(clock.day(12), 2);
  const safir2Session = add(
    planSession(ctx, {
      course: safir2,
      reference: "20230117",
      venue: venueNamed(crfc, DDFIP),
      placeLabel: "Dijon",
      capacity: 12,
      positioningRequired: true,
      createdAt: addDaysTo(clock.now, -45),
      slots: [
        {
          day: tuesday,
          halfDay: HalfDay.AFTERNOON,
          from: [14, 0],
          to: [17, 0],
          minutes: 180,
          title: "PRODUITS ET CATALOGUE",
          organizerName: DDFIP,
        },
        {
          day: addDays(tuesday, 1),
          halfDay: HalfDay.MORNING,
          from: [9, 0],
          to: [12, 0],
          minutes: 180,
          title: "ORGANISER LES SESSIONS",
          organizerName: DDFIP,
        },
      ],
    }),
  );
  const safirBank = QUESTION_BANK.safir;
  safir2Session.questionnaires = {
    POSITIONING: addQuestionnaire(
      ctx,
      { sessionId: safir2Session.id },
      QuestionnaireKind.POSITIONING,
      safir2.title,
      pickBank(safirBank, [0, 1]),
      safir2Session.createdAt,
    ),
    VALIDATION: addQuestionnaire(
      ctx,
      { sessionId: safir2Session.id },
      QuestionnaireKind.VALIDATION,
      safir2.title,
      pickBank(safirBank, [0, 1, 2]),
      safir2Session.createdAt,
    ),
    SATISFACTION: addQuestionnaire(
      ctx,
      { sessionId: safir2Session.id },
      QuestionnaireKind.SATISFACTION,
      safir2.title,
      satisfactionQuestions(safir2.modality),
      safir2Session.createdAt,
    ),
  };
  enrolAlone(world, safir2Session, claire, {
    status: RegistrationStatus.PENDING,
    orderReference: "C20042300006",
    orderedAt: clock.at(clock.day(-8), 9, 35),
    payment: "unpaid",
  });

  // 3. "Pack Actualités - 4ème trimestre ...": pending, one day in Paris.
  const pack = course(world, "pack-actu-t4");
  const supexprtise = world.orgs.supexprtise;
  const packDay = clock.onOrAfter(clock.day(33), 3);
  const packSession = add(
    planSession(ctx, {
      course: pack,
      reference: "41230106",
      venue: venueNamed(supexprtise, "Centre de conférences Victoire"),
      capacity: 40,
      createdAt: addDaysTo(clock.now, -50),
      slots: [
        {
          day: packDay,
          halfDay: HalfDay.FULL_DAY,
          from: [9, 0],
          to: [17, 30],
          minutes: 420,
          title:
            "Actualités du trimestre : fiscal, social, juridique, comptable et pratiques professionnelles",
        },
      ],
    }),
  );
  enrolAlone(world, packSession, claire, {
    status: RegistrationStatus.PENDING,
    orderReference: "C41042300001",
    orderedAt: clock.at(clock.day(-5), 16, 20),
    payment: "unpaid",
  });

  // 4. The e-learning: paid, so the 90-day access opened 83 days ago; no unit opened yet. It
  // ends in a week less an hour: its J-7 reminder (lib/reminders) is due at the demo's first start.
  const avantages = course(world, "avantages-nature");
  const accessStart = addHours(addDaysTo(clock.now, -83), -1);
  const elearningSession = add(
    planSession(ctx, {
      course: avantages,
      reference: "20.01.SOC0018.23",
      window: { startsAt: accessStart, endsAt: addDaysTo(accessStart, 90) },
      accessDays: 90,
      certificateRule: CertificateRule.ELEARNING_COMPLETED,
      createdAt: addDaysTo(clock.now, -100),
    }),
  );
  enrolAlone(world, elearningSession, claire, {
    status: RegistrationStatus.CONFIRMED,
    orderReference: "C20032300041",
    orderedAt: addMinutes(accessStart, -7),
    confirmedAt: accessStart,
    payment: "paid",
    paidAt: accessStart,
    elearningAccessStartsAt: accessStart,
    elearning: "none",
  });

  // 5. "FORMATION SAFIR 3": virtual class, one morning, "FOCUS V4".
  const safir3 = course(world, "safir3");
  const safir3Session = add(
    planSession(ctx, {
      course: safir3,
      reference: "20230119",
      joinUrl: "https://visio.crfc-centre-est.fr/safir3",
      capacity: 30,
      createdAt: addDaysTo(clock.now, -40),
      slots: [
        {
          day: clock.workingDayOnOrAfter(clock.day(10)),
          halfDay: HalfDay.MORNING,
          from: [9, 0],
          to: [12, 0],
          minutes: 180,
          title: "FOCUS V4",
        },
      ],
    }),
  );
  enrolAlone(world, safir3Session, claire, {
    status: RegistrationStatus.CONFIRMED,
    orderReference: "C20042300009",
    orderedAt: clock.at(clock.day(-15), 14, 5),
    confirmedAt: clock.at(clock.day(-13), 9, 50),
    payment: "unpaid",
  });

  // 6. Ended a few days ago with ASFODEM: tests to take, certificate and the supports table.
  const social = course(world, "social-comptables");
  const asfodemOrg = world.orgs.asfodem;
  const asfodemDay = clock.workingDayOnOrBefore(clock.day(-4));
  const asfodemSession = add(
    planSession(ctx, {
      course: social,
      reference: "06230008",
      venue: venueNamed(asfodemOrg, "ASFODEM"),
      placeLabel: "En ligne",
      joinUrl: "https://visio.asfodem.fr/comptables-social",
      capacity: 25,
      certificateRule: CertificateRule.ATTENDANCE,
      createdAt: addDaysTo(clock.now, -80),
      slots: [
        {
          day: asfodemDay,
          halfDay: HalfDay.MORNING,
          from: [9, 0],
          to: [12, 0],
          minutes: 180,
          title: social.title,
        },
      ],
    }),
  );
  asfodemSession.questionnaires = ownSessionQuestionnaires(ctx, asfodemSession);
  // Its satisfaction survey closes at the end of the day after tomorrow: the J-3 reminder
  // (lib/reminders) is due at the demo's first start, and the card reads its deadline.
  const satisfaction = ctx.rows.questionnaire.find(
    (q) => q.id === asfodemSession.questionnaires.SATISFACTION?.id,
  );
  if (satisfaction) satisfaction.closesAt = clock.at(clock.day(3), 0);
  enrolAlone(world, asfodemSession, claire, {
    status: RegistrationStatus.CONFIRMED,
    orderedAt: clock.at(addDays(asfodemDay, -32), 11, 30),
    confirmedAt: clock.at(addDays(asfodemDay, -28), 16, 0),
    payment: "paid",
    attendance: "present",
    joins: true,
  });
  return { safir3: safir3Session, asfodem: asfodemSession };
}

/** Validation (three scored questions, single and multiple choice) and satisfaction of one session. */
export function ownSessionQuestionnaires(
  ctx: SeedContext,
  session: SessionPlan,
): SessionPlan["questionnaires"] {
  const title = session.course.title;
  return {
    VALIDATION: addQuestionnaire(
      ctx,
      { sessionId: session.id },
      QuestionnaireKind.VALIDATION,
      title,
      pickBank(QUESTION_BANK.social, [0, 2, 3]),
      session.createdAt,
    ),
    SATISFACTION: addQuestionnaire(
      ctx,
      { sessionId: session.id },
      QuestionnaireKind.SATISFACTION,
      title,
      satisfactionQuestions(session.modality),
      session.createdAt,
    ),
  };
}

/** "Guide Utilisateurs", V2 published on the session day, available for years (the guide's table). */
export function addGuideMaterial(ctx: SeedContext, session: SessionPlan): void {
  const { clock } = ctx;
  const day = session.slots[0]?.date ?? clock.today;
  addMaterial(ctx, session, {
    title: "Guide Utilisateurs",
    type: "Guide utilisateurs",
    phase: MaterialPhase.AFTER,
    availableUntil: clock.at(addDays(clock.today, 8 * 365 + 40), 23, 59),
    versions: [clock.at(addDays(day, -30), 10, 0), clock.at(day, 14, 0)],
  });
}
