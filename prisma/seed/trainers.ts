import {
  AttendanceMethod,
  Modality,
  QuestionnaireKind,
  RegistrationStatus,
} from "../../lib/db/generated/enums";
import { addDaysTo, addMinutes } from "./clock";
import {
  newId,
  type Outcome,
  type RegistrationPlan,
  type SeedContext,
  type SessionPlan,
  type World,
} from "./plan";
import { questionnaireOf } from "./sessions";
import { addUser } from "./users";

/**
 * The Espace formateur's demo: Marc Lefèvre teaches FORMATION SAFIR 2 and 3 at
 * CRFC Centre-Est and one of its ended sessions, whose attendance he recorded
 * and countersigned; he also tutors a CRFC e-learning session under way, where
 * a participant's question waits for him ("Questions des participants"). Julie
 * Moreau teaches another CRFC session (the trainer who must not see Marc's).
 */
export const TRAINER_EMAIL = "formateur@demo.test";
export const OTHER_TRAINER_EMAIL = "formateur2@demo.test";

/**
 * An ended CRFC session without the demo participants, every confirmed registration
 * marked, with results for Marc's "Évaluations": submitted validation tests and
 * satisfaction surveys among the confirmed. Which session qualifies depends on the
 * seed's instant (the plan is drawn relative to it), so the results are required, not
 * hoped for.
 */
function endedSignedSession(world: World, now: Date): SessionPlan | undefined {
  const demo = new Set([world.demo.claire.id, world.demo.thomas.id, world.demo.sophie.id]);
  return world.sessions.find((s) => {
    if (s.org !== world.orgs.crfc || s.endsAt >= now || s.slots.length === 0) return false;
    if (s.modality === Modality.ELEARNING || s.status !== "SCHEDULED") return false;
    const regs = world.registrations.filter((r) => r.session === s);
    const confirmed = regs.filter((r) => r.status === RegistrationStatus.CONFIRMED);
    const answered = (kind: QuestionnaireKind, outcome: (r: RegistrationPlan) => Outcome) =>
      questionnaireOf(s, kind) !== undefined && confirmed.some((r) => outcome(r) === "submitted");
    return (
      confirmed.length >= 3 &&
      confirmed.every((r) => r.attendance !== "none") &&
      regs.every((r) => !demo.has(r.participant.id)) &&
      answered(QuestionnaireKind.VALIDATION, (r) => r.validation) &&
      answered(QuestionnaireKind.SATISFACTION, (r) => r.satisfaction)
    );
  });
}

export function addDemoTrainers(ctx: SeedContext, world: World): void {
  const { clock } = ctx;
  const crfc = world.orgs.crfc;
  const marc = addUser(ctx, {
    email: TRAINER_EMAIL,
    firstName: "Marc",
    lastName: "Lefèvre",
    createdAt: addDaysTo(clock.now, -120),
  });
  const julie = addUser(ctx, {
    email: OTHER_TRAINER_EMAIL,
    firstName: "Julie",
    lastName: "Moreau",
    createdAt: addDaysTo(clock.now, -100),
  });
  const assign = (session: SessionPlan, userId: string) =>
    ctx.rows.sessionTrainer.push({
      id: newId(),
      sessionId: session.id,
      userId,
      organizationId: session.org.id,
      addedById: crfc.adminUserId,
      addedAt: clock.notAfterNow(addDaysTo(session.createdAt, 1)),
    });

  const byCourse = (key: string) =>
    world.sessions.find((s) => s.org === crfc && s.course.key === key);
  for (const key of ["safir2", "safir3"]) {
    const session = byCourse(key);
    if (!session) throw new Error(`Démo : session ${key} introuvable`);
    assign(session, marc);
  }

  const ended = endedSignedSession(world, clock.now);
  if (!ended) throw new Error("Démo : aucune session terminée du CRFC pour le formateur");
  assign(ended, marc);
  // Marc recorded the marks himself, then countersigned each slot's sheet.
  const slotIds = new Set(ended.slots.map((s) => s.id));
  const marks = ctx.rows.attendance.filter((a) => slotIds.has(a.slotId));
  for (const mark of marks) {
    mark.method = AttendanceMethod.TRAINER;
    mark.recordedById = marc;
    mark.signedAt = mark.recordedAt;
  }
  for (const slot of ended.slots) {
    const signedAt = clock.notAfterNow(addMinutes(slot.endsAt, 150));
    ctx.rows.attendanceSheet.push({
      id: newId(),
      slotId: slot.id,
      version: 1,
      signedById: marc,
      signedAt,
      marks: marks
        .filter((a) => a.slotId === slot.id)
        .map((a) => ({
          registrationId: a.registrationId,
          status: a.status,
          method: AttendanceMethod.TRAINER,
          signedAt: a.recordedAt instanceof Date ? a.recordedAt.toISOString() : null,
          arrivedAt: null,
          leftAt: null,
        })),
    });
  }

  tutorElearning(ctx, world, marc);

  const other = world.sessions.find(
    (s) =>
      s.org === crfc &&
      s.endsAt >= clock.now &&
      s.modality !== Modality.ELEARNING &&
      !["safir2", "safir3"].includes(s.course.key),
  );
  if (!other) throw new Error("Démo : aucune autre session du CRFC pour la seconde formatrice");
  assign(other, julie);
}

/** Marc tutors a running CRFC e-learning session; one of its learners' questions waits for him. */
function tutorElearning(ctx: SeedContext, world: World, marc: string): void {
  const { clock } = ctx;
  const learner = world.registrations.find(
    (r) =>
      r.session.org === world.orgs.crfc &&
      r.session.modality === Modality.ELEARNING &&
      r.session.status === "SCHEDULED" &&
      r.session.startsAt < clock.now &&
      r.session.endsAt >= clock.now &&
      r.session.course.elearning &&
      r.status === RegistrationStatus.CONFIRMED &&
      r.elearningAccessStartsAt !== null &&
      r.elearningAccessStartsAt < clock.now,
  );
  const moduleId = learner?.session.course.elearning?.moduleId;
  if (!learner || !moduleId) throw new Error("Démo : aucune session e-learning en cours au CRFC");
  ctx.rows.sessionTrainer.push({
    id: newId(),
    sessionId: learner.session.id,
    userId: marc,
    organizationId: learner.session.org.id,
    addedById: world.orgs.crfc.adminUserId,
    addedAt: clock.notAfterNow(addDaysTo(learner.session.createdAt, 1)),
  });
  ctx.rows.elearningQuestion.push({
    id: newId(),
    registrationId: learner.id,
    moduleId,
    body: "Bonjour, l'exemple corrigé de l'unité 2 vaut-il aussi pour un cabinet de moins de dix salariés ? Merci d'avance.",
    answer: null,
    answeredById: null,
    answeredAt: null,
    createdAt: clock.notAfterNow(addDaysTo(clock.now, -1)),
  });
}
