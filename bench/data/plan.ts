import type { Prisma } from "../../lib/db/generated/client";
import { addDaysTo, addMinutes, between, Clock } from "../../prisma/seed/clock";
import { activityNumber, siretFactory, vatNumberOf } from "../../prisma/seed/identity";
import { Rng } from "../../prisma/seed/random";
import {
  BIG_PARTICIPANT_EMAIL,
  CONTROLLER_EMAIL,
  MANAGER_EMAIL,
  SCALE,
  TRAINER_EMAIL,
  dataSetNote,
  participantEmail,
  type Scale,
} from "./accounts";
import { ROLES } from "../../lib/auth/permissions";

/**
 * The benchmark's data set, planned in memory from a seed number: the same
 * seed and day give the same rows. Volumes follow issue 10 (SCALE). Shapes
 * follow what the participant pages read (cards, details, convocation,
 * questionnaires, e-learning progress), not the demo's stories.
 *
 * Two groups are planned on purpose:
 * - the "big" participant, registered to SCALE.bigRegistrations sessions;
 * - SCALE.submitters participants, each confirmed on a session that ended a
 *   few days ago and whose satisfaction survey they have not answered yet, so
 *   that every submission of the benchmark is a first, real one;
 * - a trainer (TRAINER_EMAIL) of one more session, held yesterday and not
 *   countersigned, with SCALE.trainerParticipants confirmed participants: his
 *   session page and his émargement of its first slot.
 */
export type BenchRows = {
  User: Prisma.UserCreateManyInput[];
  TrainingOrganization: Prisma.TrainingOrganizationCreateManyInput[];
  OrganizationStaff: Prisma.OrganizationStaffCreateManyInput[];
  Company: Prisma.CompanyCreateManyInput[];
  CompanyMembership: Prisma.CompanyMembershipCreateManyInput[];
  CompanyGrant: Prisma.CompanyGrantCreateManyInput[];
  Participant: Prisma.ParticipantCreateManyInput[];
  Venue: Prisma.VenueCreateManyInput[];
  Course: Prisma.CourseCreateManyInput[];
  Questionnaire: Prisma.QuestionnaireCreateManyInput[];
  Question: Prisma.QuestionCreateManyInput[];
  QuestionOption: Prisma.QuestionOptionCreateManyInput[];
  ElearningModule: Prisma.ElearningModuleCreateManyInput[];
  ElearningUnit: Prisma.ElearningUnitCreateManyInput[];
  TrainingSession: Prisma.TrainingSessionCreateManyInput[];
  SessionSlot: Prisma.SessionSlotCreateManyInput[];
  SessionTrainer: Prisma.SessionTrainerCreateManyInput[];
  TrainingMaterial: Prisma.TrainingMaterialCreateManyInput[];
  TrainingMaterialVersion: Prisma.TrainingMaterialVersionCreateManyInput[];
  Order: Prisma.OrderCreateManyInput[];
  Registration: Prisma.RegistrationCreateManyInput[];
  OrderLine: Prisma.OrderLineCreateManyInput[];
  QuestionnaireResponse: Prisma.QuestionnaireResponseCreateManyInput[];
  Answer: Prisma.AnswerCreateManyInput[];
  ElearningProgress: Prisma.ElearningProgressCreateManyInput[];
  RegionalCouncil: Prisma.RegionalCouncilCreateManyInput[];
  Internship: Prisma.InternshipCreateManyInput[];
  InternshipSupervision: Prisma.InternshipSupervisionCreateManyInput[];
  InternshipControl: Prisma.InternshipControlCreateManyInput[];
  InternshipDocument: Prisma.InternshipDocumentCreateManyInput[];
};

/** Parents before children. */
export const TABLE_ORDER: readonly (keyof BenchRows)[] = [
  "User",
  "TrainingOrganization",
  "OrganizationStaff",
  "Company",
  "CompanyMembership",
  "CompanyGrant",
  "Participant",
  "Venue",
  "Course",
  "Questionnaire",
  "Question",
  "QuestionOption",
  "ElearningModule",
  "ElearningUnit",
  "TrainingSession",
  "SessionSlot",
  "SessionTrainer",
  "TrainingMaterial",
  "TrainingMaterialVersion",
  "Order",
  "Registration",
  "OrderLine",
  "QuestionnaireResponse",
  "Answer",
  "ElearningProgress",
  "RegionalCouncil",
  "Internship",
  "InternshipSupervision",
  "InternshipControl",
  "InternshipDocument",
];

type Modality = "IN_PERSON" | "VIRTUAL_CLASS" | "ELEARNING" | "CURSUS";
type Kind = "POSITIONING" | "VALIDATION" | "SATISFACTION";
type QuestionPlan = {
  id: string;
  type: "SINGLE_CHOICE" | "SCALE_1_5" | "LONG_TEXT";
  options: { id: string; correct: boolean }[];
};
type CoursePlan = {
  id: string;
  orgIndex: number;
  modality: Modality;
  title: string;
  durationMinutes: number;
  questionnaires: Record<Kind, { id: string; questions: QuestionPlan[] }>;
  unitIds: string[];
};
type SessionPlan = {
  id: string;
  course: CoursePlan;
  startsAt: Date;
  endsAt: Date;
  cancelled: boolean;
};

const CITIES = [
  ["Paris", "75008", 48.8742, 2.3106],
  ["Lyon", "69003", 45.7603, 4.8606],
  ["Marseille", "13002", 43.3046, 5.3676],
  ["Toulouse", "31000", 43.6045, 1.4442],
  ["Nantes", "44000", 47.2184, -1.5536],
  ["Bordeaux", "33000", 44.8378, -0.5792],
  ["Lille", "59000", 50.6292, 3.0573],
  ["Strasbourg", "67000", 48.5734, 7.7521],
  ["Rennes", "35000", 48.1173, -1.6778],
  ["Dijon", "21000", 47.322, 5.0415],
] as const;
const FIRST = ["Claire", "Thomas", "Sophie", "Julien", "Nadia", "Hélène", "Marc", "Léa", "Karim"];
const LAST = ["Martin", "Bernard", "Leroy", "Delorme", "Benali", "Vasseur", "Girardin", "Perrin"];
const TOPICS = [
  "Clôture des comptes annuels",
  "Fiscalité des entreprises : actualité",
  "Consolidation des comptes",
  "Évaluation d'entreprise",
  "Déontologie de la profession",
  "Paie et déclarations sociales",
  "Commissariat aux comptes : NEP",
  "TVA : cas pratiques",
  "Lutte contre le blanchiment",
  "Transmission d'entreprise",
];
const MODALITIES: readonly (readonly [Modality, number])[] = [
  ["IN_PERSON", 40],
  ["VIRTUAL_CLASS", 35],
  ["CURSUS", 15],
  ["ELEARNING", 10],
];

export function emptyBenchRows(): BenchRows {
  return Object.fromEntries(TABLE_ORDER.map((t) => [t, []])) as unknown as BenchRows;
}

/** cuid-shaped ids drawn from the seed, so that the same seed gives the same ids. */
function idMaker(rng: Rng): () => string {
  const alphabet = "0123456789abcdefghijklmnopqrstuvwxyz";
  return () => {
    let id = "c";
    for (let i = 0; i < 24; i++) id += alphabet[Math.floor(rng.next() * 36)];
    return id;
  };
}

export function planBenchData(opts: {
  seed: number;
  now: Date;
  passwordHash: string;
  scale?: Scale;
}): {
  rows: BenchRows;
} {
  const scale = opts.scale ?? SCALE;
  const rng = new Rng(opts.seed);
  const newId = idMaker(rng.fork("ids"));
  const clock = new Clock(opts.now);
  const now = opts.now;
  const rows = emptyBenchRows();
  const siret = siretFactory(rng.fork("siret"));
  const past = (d: Date) => clock.notAfterNow(d, 5);

  // Organizations, their admin and venues.
  const orgs = Array.from({ length: scale.organizations }, (_, i) => {
    const [city, postalCode, lat, lon] = CITIES[i % CITIES.length]!;
    const id = newId();
    const userId = newId();
    const name = `Centre de formation comptable ${city}${i >= CITIES.length ? ` ${Math.floor(i / CITIES.length) + 1}` : ""}`;
    const number = siret();
    rows.TrainingOrganization.push({
      id,
      name,
      legalName: `${name} SAS`,
      siret: number,
      activityNumber: activityNumber(rng, "84", postalCode.slice(0, 2)),
      vatNumber: vatNumberOf(number),
      addressLine1: `${rng.int(1, 120)} rue de la République`,
      postalCode,
      city,
      phone: `0${rng.int(1, 5)} ${rng.digits(2)} ${rng.digits(2)} ${rng.digits(2)} ${rng.digits(2)}`,
      email: `contact@organisme-${i + 1}.bench.test`,
      website: `https://organisme-${i + 1}.bench.test`,
      signatoryName: `${rng.pick(FIRST)} ${rng.pick(LAST)}`,
      signatoryTitle: "Directeur",
      disabilityContactName: `${rng.pick(FIRST)} ${rng.pick(LAST)}`,
      disabilityContactEmail: `handicap@organisme-${i + 1}.bench.test`,
      createdAt: addDaysTo(now, -4 * 365),
    });
    rows.User.push({
      id: userId,
      email: `organisme-${i + 1}@bench.test`,
      firstName: rng.pick(FIRST),
      lastName: rng.pick(LAST),
      passwordHash: opts.passwordHash,
      updatedAt: now,
    });
    rows.OrganizationStaff.push({ id: newId(), userId, organizationId: id, role: "ADMIN" });
    const venues = Array.from({ length: 3 }, (_, v) => {
      const venueId = newId();
      rows.Venue.push({
        id: venueId,
        organizationId: id,
        name: `${name} – salle ${v + 1}`,
        addressLine1: `${rng.int(1, 120)} avenue Jean Jaurès`,
        addressLine2: v === 0 ? "2e étage" : null,
        postalCode,
        city,
        latitude: lat + rng.float(-0.02, 0.02),
        longitude: lon + rng.float(-0.02, 0.02),
        accessInfo: "Métro à 5 minutes à pied. Parking public à proximité.",
      });
      return venueId;
    });
    return { id, name, venues };
  });

  // Companies.
  const companies = Array.from({ length: scale.companies }, (_, i) => {
    const id = newId();
    const [city, postalCode] = CITIES[i % CITIES.length]!;
    const number = siret();
    rows.Company.push({
      id,
      name: `Cabinet ${rng.pick(LAST)} ${i + 1} & Associés`,
      siret: number,
      vatNumber: vatNumberOf(number),
      addressLine1: `${rng.int(1, 200)} boulevard Haussmann`,
      postalCode,
      city,
    });
    return id;
  });
  // The first firm's responsable, with every habilitation: its collaborators page.
  const managerId = newId();
  rows.User.push({
    id: managerId,
    email: MANAGER_EMAIL,
    firstName: "Julien",
    lastName: "Responsable",
    passwordHash: opts.passwordHash,
    updatedAt: now,
  });
  const membershipId = newId();
  rows.CompanyMembership.push({ id: membershipId, userId: managerId, companyId: companies[0]! });
  for (const permission of ROLES.manager.permissions)
    rows.CompanyGrant.push({ id: newId(), membershipId, permission });

  // Participants: index 0 is the big one; 1..submitters answer during the bench.
  const participants = Array.from({ length: scale.participants }, (_, i) => {
    const id = newId();
    const userId = newId();
    const collaborator = i === 0 || rng.chance(0.85);
    rows.User.push({
      id: userId,
      email: i === 0 ? BIG_PARTICIPANT_EMAIL : participantEmail(i),
      firstName: rng.pick(FIRST),
      lastName: rng.pick(LAST),
      passwordHash: opts.passwordHash,
      updatedAt: now,
    });
    const companyId = collaborator ? rng.pick(companies) : null;
    rows.Participant.push({
      id,
      userId,
      kind: collaborator ? "COLLABORATOR" : "PRIVATE",
      companyId,
      profession: rng.pick(["EXPERT_COMPTABLE", "COLLABORATEUR_COMPTABLE", "OTHER"] as const),
      jobTitle: i === 0 ? dataSetNote(opts.seed, scale) : null,
    });
    return { id, companyId };
  });

  planInternships({
    rows,
    rng: rng.fork("internships"),
    newId,
    clock,
    participants,
    opts,
    scale,
  });

  // Courses with their three questionnaires (and units for e-learning).
  const courses: CoursePlan[] = [];
  const coursesPerOrg = Math.ceil(scale.courses / scale.organizations);
  for (let c = 0; c < scale.courses; c++) {
    const orgIndex = Math.floor(c / coursesPerOrg);
    const modality = rng.weighted(MODALITIES);
    const durationMinutes =
      modality === "CURSUS" ? 1170 : modality === "ELEARNING" ? 240 : rng.pick([180, 210, 420]);
    const id = newId();
    const title = `${TOPICS[c % TOPICS.length]} (${c + 1})`;
    rows.Course.push({
      id,
      organizationId: orgs[orgIndex]!.id,
      code: `B-${c + 1}`,
      title,
      modality,
      objectives: "Connaître le cadre applicable\nAppliquer les règles à des cas pratiques",
      prerequisites: rng.chance(0.5) ? null : "Connaître les bases de la comptabilité générale",
      audience: "Experts-comptables et collaborateurs de cabinet",
      programme: "1. Le cadre\n2. Les règles\n3. Cas pratiques",
      durationMinutes,
      priceExclVatCents: rng.int(20, 120) * 1000,
      assessmentMethods: "Test de validation des acquis en fin de session",
      contactName: `${rng.pick(FIRST)} ${rng.pick(LAST)}`,
      contactEmail: `formation@organisme-${orgIndex + 1}.bench.test`,
    });
    const questionnaire = (kind: Kind, title: string, types: QuestionPlan["type"][]) => {
      const qid = newId();
      rows.Questionnaire.push({ id: qid, courseId: id, kind, title });
      const questions = types.map((type, position): QuestionPlan => {
        const questionId = newId();
        rows.Question.push({
          id: questionId,
          questionnaireId: qid,
          position,
          type,
          label: `Question ${position + 1}`,
          required: type !== "LONG_TEXT",
          points: type === "SINGLE_CHOICE" ? 1 : 0,
        });
        const options =
          type === "SINGLE_CHOICE"
            ? [0, 1, 2].map((o) => {
                const optionId = newId();
                rows.QuestionOption.push({
                  id: optionId,
                  questionId,
                  position: o,
                  label: `Réponse ${o + 1}`,
                  isCorrect: o === 0,
                });
                return { id: optionId, correct: o === 0 };
              })
            : [];
        return { id: questionId, type, options };
      });
      return { id: qid, questions };
    };
    const unitIds: string[] = [];
    if (modality === "ELEARNING") {
      const moduleId = newId();
      rows.ElearningModule.push({ id: moduleId, courseId: id, title });
      for (let u = 0; u < 3; u++) {
        const unitId = newId();
        rows.ElearningUnit.push({
          id: unitId,
          moduleId,
          position: u,
          code: `UA${u + 1}`,
          title: `Unité ${u + 1}`,
          content: "Lisez le cours puis répondez aux exercices.",
          estimatedMinutes: 80,
        });
        unitIds.push(unitId);
      }
    }
    courses.push({
      id,
      orgIndex,
      modality,
      title,
      durationMinutes,
      unitIds,
      questionnaires: {
        POSITIONING: questionnaire("POSITIONING", "Test de positionnement", [
          "SINGLE_CHOICE",
          "SINGLE_CHOICE",
        ]),
        VALIDATION: questionnaire("VALIDATION", "Test de validation des acquis", [
          "SINGLE_CHOICE",
          "SINGLE_CHOICE",
          "SINGLE_CHOICE",
        ]),
        SATISFACTION: questionnaire("SATISFACTION", "Questionnaire de satisfaction", [
          "SCALE_1_5",
          "SCALE_1_5",
          "LONG_TEXT",
        ]),
      },
    });
  }

  const pushSlot = (sessionId: string, slot: { startsAt: Date; endsAt: Date; minutes: number }) => {
    const day = new Date(slot.startsAt);
    rows.SessionSlot.push({
      id: newId(),
      sessionId,
      date: new Date(
        Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate()),
      ).toISOString(),
      halfDay: slot.startsAt.getUTCHours() < 11 ? "MORNING" : "AFTERNOON",
      startsAt: slot.startsAt,
      endsAt: slot.endsAt,
      title: "Cours et cas pratiques",
      durationMinutes: slot.minutes,
    });
  };

  // Sessions over three years back and six months ahead; the first few ended
  // days ago and are kept for the submitters.
  const sessions: SessionPlan[] = [];
  const classroomCourses = courses.filter((c) => c.modality !== "ELEARNING");
  for (let s = 0; s < scale.sessions; s++) {
    const recent = s < scale.submitterSessions;
    const course = recent ? rng.pick(classroomCourses) : rng.pick(courses);
    const org = orgs[course.orgIndex]!;
    const firstDay = recent ? clock.day(-rng.int(3, 15)) : clock.day(rng.int(-3 * 365, 182));
    const id = newId();
    const slots: { startsAt: Date; endsAt: Date; minutes: number }[] = [];
    let startsAt: Date;
    let endsAt: Date;
    if (course.modality === "ELEARNING") {
      startsAt = clock.at(firstDay, 8);
      endsAt = addDaysTo(startsAt, 90);
    } else {
      const days = clock.workingDays(
        firstDay,
        course.modality === "CURSUS" ? 3 : course.durationMinutes > 210 ? 1 : 1,
      );
      for (const day of days) {
        slots.push({ startsAt: clock.at(day, 9), endsAt: clock.at(day, 12, 30), minutes: 210 });
        if (course.modality === "CURSUS" || course.durationMinutes > 210)
          slots.push({ startsAt: clock.at(day, 14), endsAt: clock.at(day, 17, 30), minutes: 210 });
      }
      // A recent session must have ended already (workingDays may move it forward).
      if (recent && slots[slots.length - 1]!.endsAt > now) slots.splice(0, slots.length);
      if (slots.length === 0) {
        const day = clock.workingDayOnOrBefore(clock.day(-3));
        slots.push({ startsAt: clock.at(day, 9), endsAt: clock.at(day, 12, 30), minutes: 210 });
      }
      startsAt = slots[0]!.startsAt;
      endsAt = slots[slots.length - 1]!.endsAt;
    }
    const cancelled = !recent && rng.chance(0.03);
    const venueId = course.modality === "IN_PERSON" || course.modality === "CURSUS";
    rows.TrainingSession.push({
      id,
      organizationId: org.id,
      courseId: course.id,
      reference: String(20240000 + s),
      modality: course.modality,
      status: cancelled ? "CANCELLED" : "SCHEDULED",
      organizerName: org.name,
      venueId: venueId ? rng.pick(org.venues) : null,
      joinUrl:
        course.modality === "VIRTUAL_CLASS" ? `https://visio.bench.test/classe-${s + 1}` : null,
      startsAt,
      endsAt,
      capacity: course.modality === "ELEARNING" ? null : 80,
      positioningRequired: rng.chance(0.3),
      createdAt: past(addDaysTo(startsAt, -60)),
      updatedAt: past(addDaysTo(startsAt, -60)),
    });
    for (const slot of slots) pushSlot(id, slot);
    // One or two materials, opened before, during or after the session.
    for (let m = 0; m < rng.int(1, 2); m++) {
      const materialId = newId();
      rows.TrainingMaterial.push({
        id: materialId,
        sessionId: id,
        title: m === 0 ? "Support de cours" : "Cas pratiques corrigés",
        type: m === 0 ? "Diaporama" : "Exercices",
        phase: rng.pick(["BEFORE", "DURING", "AFTER"] as const),
        availableForDays: rng.chance(0.5) ? 90 : null,
      });
      rows.TrainingMaterialVersion.push({
        id: newId(),
        materialId,
        version: 1,
        storageKey: `bench/${materialId}.pdf`,
        fileName: m === 0 ? "support.pdf" : "cas-pratiques.pdf",
        mimeType: "application/pdf",
        sizeBytes: rng.int(100_000, 3_000_000),
      });
    }
    sessions.push({ id, course, startsAt, endsAt, cancelled });
  }

  /** The trainer's session: an in-person day held yesterday, two slots, not countersigned. */
  function planTrainerSession(): SessionPlan {
    const course = classroomCourses.find((c) => c.modality === "IN_PERSON") ?? classroomCourses[0]!;
    const org = orgs[course.orgIndex]!;
    const day = clock.workingDayOnOrBefore(clock.day(-1));
    const slots = [clock.at(day, 9), clock.at(day, 14)].map((startsAt) => ({
      startsAt,
      endsAt: addMinutes(startsAt, 210),
      minutes: 210,
    }));
    const id = newId();
    const startsAt = slots[0]!.startsAt;
    const endsAt = slots[1]!.endsAt;
    rows.TrainingSession.push({
      id,
      organizationId: org.id,
      courseId: course.id,
      reference: String(20240000 + scale.sessions),
      modality: "IN_PERSON",
      status: "SCHEDULED",
      organizerName: org.name,
      venueId: org.venues[0]!,
      // Rows are inserted by the first row's columns: every session row names them all.
      joinUrl: null,
      startsAt,
      endsAt,
      capacity: 80,
      positioningRequired: false,
      createdAt: past(addDaysTo(startsAt, -60)),
      updatedAt: past(addDaysTo(startsAt, -60)),
    });
    for (const slot of slots) pushSlot(id, slot);
    const trainerId = newId();
    rows.User.push({
      id: trainerId,
      email: TRAINER_EMAIL,
      firstName: "Marc",
      lastName: "Formateur",
      passwordHash: opts.passwordHash,
      updatedAt: now,
    });
    rows.SessionTrainer.push({
      id: newId(),
      sessionId: id,
      userId: trainerId,
      organizationId: org.id,
      addedAt: past(addDaysTo(startsAt, -30)),
    });
    return { id, course, startsAt, endsAt, cancelled: false };
  }

  // Registrations: the big participant, the submitters, then the rest at random.
  const taken = new Set<string>();
  let orderNumber = 0;
  const register = (p: number, session: SessionPlan, forced?: "confirmed-unanswered"): boolean => {
    const key = `${p}:${session.id}`;
    if (taken.has(key)) return false;
    taken.add(key);
    const participant = participants[p]!;
    const ended = session.endsAt <= now;
    const createdAt = past(addDaysTo(session.startsAt, -rng.int(10, 60)));
    const status = session.cancelled
      ? "CANCELLED"
      : forced
        ? "CONFIRMED"
        : ended
          ? rng.weighted([
              ["CONFIRMED", 92],
              ["CANCELLED", 4],
              ["REFUSED", 4],
            ] as const)
          : rng.weighted([
              ["CONFIRMED", 70],
              ["PENDING", 25],
              ["CANCELLED", 5],
            ] as const);
    const confirmed = status === "CONFIRMED";
    const orderId = newId();
    orderNumber += 1;
    rows.Order.push({
      id: orderId,
      reference: `B${String(orderNumber).padStart(9, "0")}`,
      organizationId: orgs[session.course.orgIndex]!.id,
      companyId: participant.companyId,
      participantId: participant.companyId ? null : participant.id,
      status:
        ended && confirmed ? "PAID" : status === "CANCELLED" ? "CANCELLED" : "AWAITING_PAYMENT",
      orderedAt: createdAt,
      paidAt: ended && confirmed ? past(addDaysTo(createdAt, 20)) : null,
      createdAt,
    });
    const id = newId();
    const elearning = session.course.modality === "ELEARNING" && confirmed;
    rows.Registration.push({
      id,
      participantId: participant.id,
      sessionId: session.id,
      orderId,
      status,
      statusReason: status === "CANCELLED" ? "Annulation à la demande du cabinet." : null,
      confirmedAt: confirmed ? past(addDaysTo(createdAt, 2)) : null,
      elearningAccessStartsAt: elearning ? session.startsAt : null,
      createdAt,
      updatedAt: createdAt,
    });
    rows.OrderLine.push({
      id: newId(),
      orderId,
      registrationId: id,
      description: session.course.title,
      unitPriceExclVatCents: 90_000,
      vatRateBasisPoints: 2000,
    });
    if (forced) return true;
    const q = session.course.questionnaires;
    if (rng.chance(status === "PENDING" ? 0.4 : confirmed ? 0.6 : 0))
      respond(q.POSITIONING, id, between(createdAt, session.startsAt, 0.5));
    if (confirmed && ended && rng.chance(0.5))
      respond(q.VALIDATION, id, past(addDaysTo(session.endsAt, 1)));
    if (confirmed && ended && rng.chance(0.5))
      respond(q.SATISFACTION, id, past(addMinutes(session.endsAt, 90)));
    if (elearning) {
      for (const unitId of session.course.unitIds) {
        const state = rng.weighted([
          ["COMPLETED", ended ? 70 : 30],
          ["IN_PROGRESS", 20],
          ["NOT_STARTED", 10],
        ] as const);
        const startedAt = past(addDaysTo(session.startsAt, rng.int(0, 10)));
        rows.ElearningProgress.push({
          id: newId(),
          registrationId: id,
          unitId,
          status: state,
          timeSpentSeconds: state === "NOT_STARTED" ? 0 : rng.int(300, 4800),
          startedAt: state === "NOT_STARTED" ? null : startedAt,
          completedAt: state === "COMPLETED" ? past(addDaysTo(startedAt, 1)) : null,
          lastSeenAt: state === "NOT_STARTED" ? null : startedAt,
        });
      }
    }
    return true;
  };
  const respond = (
    questionnaire: { id: string; questions: QuestionPlan[] },
    registrationId: string,
    at: Date,
  ) => {
    const id = newId();
    const draft = rng.chance(0.05);
    let score = 0;
    let maxScore = 0;
    for (const question of questionnaire.questions) {
      const answer: Prisma.AnswerCreateManyInput = {
        id: newId(),
        responseId: id,
        questionId: question.id,
      };
      if (question.type === "SINGLE_CHOICE") {
        const option = rng.pick(question.options);
        answer.selectedOptionIds = [option.id];
        maxScore += 1;
        if (option.correct) score += 1;
      } else if (question.type === "SCALE_1_5") {
        answer.numberValue = rng.int(3, 5);
      } else if (rng.chance(0.3)) {
        answer.textValue = "Formation claire, exemples utiles.";
      } else continue;
      rows.Answer.push(answer);
    }
    rows.QuestionnaireResponse.push({
      id,
      questionnaireId: questionnaire.id,
      registrationId,
      status: draft ? "DRAFT" : "SUBMITTED",
      score: draft || maxScore === 0 ? null : score,
      maxScore: draft || maxScore === 0 ? null : maxScore,
      submittedAt: draft ? null : at,
      createdAt: at,
      updatedAt: at,
    });
  };

  const ordinary = sessions.slice(scale.submitterSessions);
  for (const session of rng.sample(ordinary, scale.bigRegistrations)) register(0, session);
  for (let p = 1; p <= scale.submitters; p++)
    register(p, sessions[p % scale.submitterSessions]!, "confirmed-unanswered");
  const taught = planTrainerSession();
  for (let i = 0; i < scale.trainerParticipants; i++)
    register(scale.submitters + 1 + i, taught, "confirmed-unanswered");
  let count = scale.bigRegistrations + scale.submitters + scale.trainerParticipants;
  while (count < scale.registrations) {
    if (register(rng.int(1, scale.participants - 1), rng.pick(ordinary))) count += 1;
  }
  return { rows };
}

/**
 * Stages for the reminders' pass (deadlines, weekly digests): stagiaires taken
 * after the submitters, starting on any day of the last three years so that
 * their deadlines fall all around the bench's day; each with a maître and a
 * contrôleur, report 1 transmitted to the maître for one stage in three.
 */
function planInternships(input: {
  rows: BenchRows;
  rng: Rng;
  newId: () => string;
  clock: Clock;
  participants: { id: string }[];
  opts: { passwordHash: string; now: Date };
  scale: Scale;
}) {
  const { rows, rng, newId, clock, participants, opts, scale } = input;
  const person = (email: string) => {
    const id = newId();
    rows.User.push({
      id,
      email,
      firstName: rng.pick(FIRST),
      lastName: rng.pick(LAST),
      passwordHash: opts.passwordHash,
      updatedAt: opts.now,
    });
    return id;
  };
  const masters = Array.from({ length: scale.masters }, (_, i) =>
    person(`maitre-${String(i + 1).padStart(3, "0")}@bench.test`),
  );
  const controllers = Array.from({ length: scale.controllers }, (_, i) =>
    person(i === 0 ? CONTROLLER_EMAIL : `controleur-${String(i + 1).padStart(2, "0")}@bench.test`),
  );
  // The first contrôleur holds the measured portfolio; the others share the rest.
  const controllerOf = (i: number) =>
    i < scale.bigPortfolio || controllers.length === 1
      ? controllers[0]!
      : controllers[1 + ((i - scale.bigPortfolio) % (controllers.length - 1))]!;
  const councilId = newId();
  rows.RegionalCouncil.push({ id: councilId, name: "Conseil régional du banc d'essai" });
  for (let i = 0; i < scale.internships; i++) {
    const participant = participants[scale.submitters + 1 + i]!;
    const startDate = clock.day(-rng.int(0, 3 * 365));
    const id = newId();
    rows.Internship.push({
      id,
      participantId: participant.id,
      councilId,
      variant: "THREE_YEARS",
      startDate,
    });
    rows.InternshipSupervision.push({
      id: newId(),
      internshipId: id,
      userId: masters[i % masters.length]!,
      role: "MASTER",
      firmName: "Cabinet du banc d'essai",
      startDate,
    });
    rows.InternshipControl.push({
      id: newId(),
      internshipId: id,
      userId: controllerOf(i),
      role: "ADJOINT",
      startDate,
    });
    if (i % 3 === 0) {
      rows.InternshipDocument.push({
        id: newId(),
        internshipId: id,
        kind: "REPORT",
        sequence: 1,
        year: 2,
        periodStart: addDaysTo(startDate, 365),
        periodEnd: addDaysTo(startDate, 545),
        state: "SUBMITTED_TO_SUPERVISOR",
        draftBody: "Rapport du banc d'essai.",
        // Prisma fills @updatedAt, the bulk insert does not.
        stateChangedAt: opts.now,
        createdAt: opts.now,
        updatedAt: opts.now,
      });
    }
  }
}
