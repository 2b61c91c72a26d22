import crypto from "node:crypto";
import {
  AttendanceStatus,
  CertificateRule,
  DocumentKind,
  Modality,
  QuestionnaireKind,
  RegistrationStatus,
} from "../../lib/db/generated/enums";
import { addDaysTo, addMinutes, between, earliest, latest } from "./clock";
import { addElearningProgress } from "./elearning";
import { newId, type RegistrationPlan, type SeedContext } from "./plan";
import { addResponse, type ResponseResult } from "./questionnaires";
import type { Rng } from "./random";
import { questionnaireOf } from "./sessions";

/** Crockford's base32: no I, L, O, U, so a number read aloud or retyped stays unambiguous. */
const BASE32 = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/**
 * Certificate numbers come from the system's CSPRNG, not the seeded one: the
 * public check page (/verification/<number>) must not be guessable, even on a
 * demo that a real organization might show to its customers.
 */
export function certificateNumber(taken: Set<string>): string {
  for (;;) {
    const bytes = crypto.randomBytes(12);
    let value = "ATT-";
    for (const byte of bytes) value += BASE32[byte & 31];
    if (!taken.has(value)) {
      taken.add(value);
      return value;
    }
  }
}

const AUDIT_ACTION: Record<RegistrationStatus, string> = {
  PENDING: "registration.created",
  CONFIRMED: "registration.confirmed",
  CANCELLED: "registration.cancelled",
  REFUSED: "registration.refused",
};

type Change = {
  from: RegistrationStatus | null;
  to: RegistrationStatus;
  at: Date;
  by: string | null;
  reason: string | null;
};

function statusChanges(r: RegistrationPlan, confirmerId: string): Change[] {
  const changes: Change[] = [
    {
      from: null,
      to: RegistrationStatus.PENDING,
      at: r.createdAt,
      by: r.createdById,
      reason: null,
    },
  ];
  if (r.confirmedAt) {
    changes.push({
      from: RegistrationStatus.PENDING,
      to: RegistrationStatus.CONFIRMED,
      at: r.confirmedAt,
      by: confirmerId,
      reason: null,
    });
  }
  if (r.status === RegistrationStatus.CANCELLED || r.status === RegistrationStatus.REFUSED) {
    if (!r.closedAt)
      throw new Error(`Date d'annulation ou de refus manquante (${r.session.course.title})`);
    changes.push({
      from: r.confirmedAt ? RegistrationStatus.CONFIRMED : RegistrationStatus.PENDING,
      to: r.status,
      at: r.closedAt,
      by: r.closedById,
      reason: r.reason,
    });
  }
  return changes;
}

/**
 * Turns one planned registration into every row it leaves behind: the status
 * history (Qualiopi wants it timestamped) and its audit entries, attendance per
 * sitting, virtual-class connections, questionnaire responses, e-learning
 * progress and, where the session's rule is met, the certificate.
 */
export function emitRegistration(
  ctx: SeedContext,
  rng: Rng,
  r: RegistrationPlan,
  certificateNumbers: Set<string>,
): void {
  const { clock } = ctx;
  const session = r.session;
  const org = session.org;
  const confirmerId = rng.pick(org.staffUserIds);
  const changes = statusChanges(r, confirmerId);
  const lastChange = changes[changes.length - 1];

  ctx.rows.registration.push({
    id: r.id,
    participantId: r.participant.id,
    sessionId: session.id,
    orderId: r.order.id,
    status: r.status,
    statusReason: r.reason,
    // Only a registration that is confirmed now carries the date; a later cancellation keeps it in the history.
    confirmedAt: r.status === RegistrationStatus.CONFIRMED ? r.confirmedAt : null,
    elearningAccessStartsAt: r.elearningAccessStartsAt,
    createdAt: r.createdAt,
    updatedAt: lastChange?.at ?? r.createdAt,
  });

  for (const change of changes) {
    ctx.rows.registrationStatusChange.push({
      id: newId(),
      registrationId: r.id,
      fromStatus: change.from,
      toStatus: change.to,
      reason: change.reason,
      changedById: change.by,
      changedAt: change.at,
    });
    ctx.rows.auditLog.push({
      id: newId(),
      at: change.at,
      actorUserId: change.by,
      organizationId: org.id,
      companyId: r.participant.company?.id ?? null,
      action: AUDIT_ACTION[change.to],
      entityType: "Registration",
      entityId: r.id,
      data: {
        fromStatus: change.from,
        toStatus: change.to,
        ...(change.reason ? { reason: change.reason } : {}),
        // Ids only: a GDPR erasure anonymises the person, it does not rewrite the audit trail.
        sessionReference: session.reference,
        participantId: r.participant.id,
      },
    });
  }

  const positioning = questionnaireOf(session, QuestionnaireKind.POSITIONING);
  if (positioning && r.positioning !== "none" && r.status !== RegistrationStatus.REFUSED) {
    // Answered between the registration and the confirmation it conditions.
    const until = earliest(r.confirmedAt ?? session.startsAt, clock.now, session.startsAt);
    addResponse(
      ctx,
      rng,
      positioning,
      r.id,
      r.positioning,
      clock.notAfterNow(between(r.createdAt, until, rng.float(0.1, 0.9))),
      r.participant.skill,
    );
  }

  if (r.status !== RegistrationStatus.CONFIRMED) return;

  // Émargement, per sitting, once the sitting is over.
  let attended = 0;
  const endedSlots = session.slots.filter((slot) => clock.isPast(slot.endsAt));
  const recorders = org.trainerUserIds.length > 0 ? org.trainerUserIds : org.staffUserIds;
  if (r.attendance !== "none") {
    const missed =
      r.attendance === "mixed"
        ? new Set(
            rng
              .sample(endedSlots, rng.int(1, Math.max(1, Math.ceil(endedSlots.length / 2))))
              .map((s) => s.id),
          )
        : new Set<string>();
    for (const slot of endedSlots) {
      const status = missed.has(slot.id)
        ? rng.weighted([
            [AttendanceStatus.ABSENT, 3],
            [AttendanceStatus.EXCUSED, 1],
          ] as const)
        : AttendanceStatus.PRESENT;
      if (status === AttendanceStatus.PRESENT) attended += 1;
      ctx.rows.attendance.push({
        id: newId(),
        registrationId: r.id,
        slotId: slot.id,
        status,
        recordedById: rng.pick(recorders),
        recordedAt: clock.notAfterNow(addMinutes(slot.endsAt, rng.int(5, 120))),
      });
      if (
        status === AttendanceStatus.PRESENT &&
        r.joins &&
        session.modality === Modality.VIRTUAL_CLASS
      ) {
        ctx.rows.virtualClassJoin.push({
          id: newId(),
          registrationId: r.id,
          slotId: slot.id,
          joinedAt: addMinutes(slot.startsAt, -rng.int(0, 12)),
        });
        if (rng.chance(0.15)) {
          // A dropped connection: the log shows the second join.
          ctx.rows.virtualClassJoin.push({
            id: newId(),
            registrationId: r.id,
            slotId: slot.id,
            joinedAt: addMinutes(
              slot.startsAt,
              rng.int(20, Math.max(21, slot.durationMinutes - 20)),
            ),
          });
        }
      }
    }
  }

  const ended = clock.isPast(session.endsAt);
  let validationResult: ResponseResult = null;
  let validationAt: Date | null = null;
  const validation = questionnaireOf(session, QuestionnaireKind.VALIDATION);
  if (validation && ended && r.validation !== "none") {
    // The test is open for 10 days after the end of the session.
    const closes = earliest(addDaysTo(session.endsAt, 10), clock.now);
    validationAt = clock.notAfterNow(between(session.endsAt, closes, rng.float(0.05, 0.8)));
    validationResult = addResponse(
      ctx,
      rng,
      validation,
      r.id,
      r.validation,
      validationAt,
      r.participant.skill,
    );
  }
  const satisfaction = questionnaireOf(session, QuestionnaireKind.SATISFACTION);
  if (satisfaction && ended && r.satisfaction !== "none") {
    const until = earliest(addDaysTo(session.endsAt, 20), clock.now);
    addResponse(
      ctx,
      rng,
      satisfaction,
      r.id,
      r.satisfaction,
      clock.notAfterNow(between(session.endsAt, until, rng.float(0.01, 0.6))),
      r.participant.skill,
    );
  }

  let elearningDoneAt: Date | null = null;
  const elearningModule = session.course.elearning;
  if (elearningModule && r.elearningAccessStartsAt && clock.isPast(r.elearningAccessStartsAt)) {
    const accessEnds = addDaysTo(r.elearningAccessStartsAt, session.accessDays);
    elearningDoneAt = addElearningProgress(
      ctx,
      rng,
      r.id,
      elearningModule,
      r.elearning,
      r.elearningAccessStartsAt,
      accessEnds,
    ).completedAt;
  }

  if (!r.certificate) return;
  const totalSlots = session.slots.length;
  const attendanceOk =
    totalSlots > 0 &&
    endedSlots.length === totalSlots &&
    (attended * 100) / totalSlots >= session.minAttendancePercent;
  const testDone = validationResult !== null;
  const testPassed =
    validationResult !== null &&
    validationResult.score * 100 >= session.passPercent * validationResult.maxScore;
  const eligible: Record<CertificateRule, boolean> = {
    ATTENDANCE: attendanceOk,
    VALIDATION_TEST_COMPLETED: ended && testDone,
    VALIDATION_TEST_PASSED: ended && testPassed,
    ATTENDANCE_AND_VALIDATION_TEST: attendanceOk && testDone,
    ELEARNING_COMPLETED: elearningDoneAt !== null,
  };
  if (!eligible[session.certificateRule]) return;
  const basis = latest(
    ...[elearningDoneAt ?? session.endsAt, validationAt].filter((d): d is Date => d !== null),
  );
  if (!clock.isPast(basis)) return;
  ctx.rows.issuedDocument.push({
    id: newId(),
    registrationId: r.id,
    kind: DocumentKind.CERTIFICATE,
    number: certificateNumber(certificateNumbers),
    issuedAt: latest(basis, clock.notAfterNow(addMinutes(basis, rng.int(30, 60 * 24 * 4)))),
  });
}
