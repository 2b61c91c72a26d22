import { AttendanceMethod, Modality, RegistrationStatus } from "../../lib/db/generated/enums";
import { addDaysTo, addMinutes } from "./clock";
import { newId, type SeedContext, type SessionPlan, type World } from "./plan";
import { addUser } from "./users";

/**
 * The Espace formateur's demo: Marc Lefèvre teaches FORMATION SAFIR 2 and 3 at
 * CRFC Centre-Est and one of its ended sessions, whose attendance he recorded
 * and countersigned; Julie Moreau teaches another CRFC session (the trainer
 * who must not see Marc's).
 */
export const TRAINER_EMAIL = "formateur@demo.test";
export const OTHER_TRAINER_EMAIL = "formateur2@demo.test";

/** An ended CRFC session without the demo participants, every confirmed registration marked. */
function endedSignedSession(world: World, now: Date): SessionPlan | undefined {
  const demo = new Set([world.demo.claire.id, world.demo.thomas.id, world.demo.sophie.id]);
  return world.sessions.find((s) => {
    if (s.org !== world.orgs.crfc || s.endsAt >= now || s.slots.length === 0) return false;
    if (s.modality === Modality.ELEARNING || s.status !== "SCHEDULED") return false;
    const regs = world.registrations.filter((r) => r.session === s);
    const confirmed = regs.filter((r) => r.status === RegistrationStatus.CONFIRMED);
    return (
      confirmed.length >= 3 &&
      confirmed.every((r) => r.attendance !== "none") &&
      regs.every((r) => !demo.has(r.participant.id))
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
