import {
  CertificateRule,
  Modality,
  RegistrationStatus,
  SessionStatus,
} from "../../lib/db/generated/enums";
import { addDaysTo, addHours, addMinutes, between, earliest, latest } from "./clock";
import { ownSessionQuestionnaires } from "./guide-sessions";
import type {
  CompanyPlan,
  Outcome,
  OrgPlan,
  ParticipantPlan,
  PaymentPlan,
  SeedContext,
  SessionPlan,
  World,
} from "./plan";
import type { Rng } from "./random";
import { newOrder, newRegistration } from "./registrations";
import {
  hasStarted,
  isEnded,
  joinUrlFor,
  layoutSlots,
  planSession,
  questionnaireOf,
} from "./sessions";

export const VOLUME_SESSIONS = 320;

const COMPANY_CANCELLATIONS = [
  "Annulation à la demande du cabinet : surcharge de travail en période fiscale.",
  "Collaborateur indisponible aux dates prévues.",
  "Départ du collaborateur du cabinet.",
  "Annulation à la demande du cabinet : formation reportée à une session ultérieure.",
];
const REFUSALS = [
  "Session complète.",
  "Prérequis non remplis : le test de positionnement montre un niveau insuffisant.",
  "Inscription reçue hors délai.",
  "Public non concerné par cette formation.",
];
const SESSION_CANCELLED = "Session annulée par l'organisme : nombre de participants insuffisant.";

/**
 * The bulk: sessions over the last three years and the next six months, for
 * every course of the catalogue (by weight), in every modality, a few cancelled.
 */
export function planVolumeSessions(ctx: SeedContext, world: World): void {
  const rng = ctx.rng.fork("volume-sessions");
  const { clock } = ctx;
  const weighted = world.courses
    .filter((c) => c.volumeWeight > 0)
    .map((c) => [c, c.volumeWeight] as const);

  for (let i = 0; i < VOLUME_SESSIONS; i++) {
    const c = rng.weighted(weighted);
    const firstDay = clock.day(rng.int(-3 * 365 + 20, 182));
    const cancelled = rng.chance(0.05);
    let session: SessionPlan;
    if (c.modality === Modality.ELEARNING) {
      const startsAt = clock.at(firstDay, 8, 0);
      const accessDays = rng.weighted([
        [90, 80],
        [60, 10],
        [180, 10],
      ]);
      session = planSession(ctx, {
        course: c,
        window: { startsAt, endsAt: addDaysTo(startsAt, accessDays) },
        accessDays,
        certificateRule: CertificateRule.ELEARNING_COMPLETED,
      });
    } else {
      const hasValidation = c.questionnaires.VALIDATION !== undefined || c.sessionQuestionnaires;
      session = planSession(ctx, {
        course: c,
        slots: layoutSlots(clock, c, firstDay, rng),
        venue: c.modality === Modality.VIRTUAL_CLASS ? null : rng.pick(c.org.venues),
        joinUrl: c.modality === Modality.VIRTUAL_CLASS ? joinUrlFor(c, rng) : null,
        capacity: c.modality === Modality.VIRTUAL_CLASS ? rng.pick([30, 50, 80]) : rng.int(12, 25),
        certificateRule: hasValidation
          ? rng.weighted<CertificateRule>([
              [CertificateRule.ATTENDANCE, 70],
              [CertificateRule.VALIDATION_TEST_COMPLETED, 12],
              [CertificateRule.VALIDATION_TEST_PASSED, 8],
              [CertificateRule.ATTENDANCE_AND_VALIDATION_TEST, 10],
            ])
          : CertificateRule.ATTENDANCE,
        minAttendancePercent: rng.weighted([
          [100, 70],
          [80, 20],
          [75, 10],
        ]),
      });
    }
    if (cancelled) {
      session.status = SessionStatus.CANCELLED;
      session.cancelledAt = clock.notAfterNow(
        earliest(addDaysTo(session.startsAt, -rng.int(4, 20))),
        60,
      );
      if (session.cancelledAt.getTime() <= session.createdAt.getTime())
        session.createdAt = addDaysTo(session.cancelledAt, -30);
    }
    if (c.sessionQuestionnaires) session.questionnaires = ownSessionQuestionnaires(ctx, session);
    world.sessions.push(session);
  }
}

function targetSize(rng: Rng, session: SessionPlan): number {
  if (session.status === SessionStatus.CANCELLED) return rng.int(2, 5);
  const sizes: Record<Modality, readonly [number, number]> = {
    IN_PERSON: [4, 11],
    VIRTUAL_CLASS: [5, 13],
    ELEARNING: [3, 9],
    CURSUS: [4, 9],
  };
  const [min, max] = sizes[session.modality];
  return Math.min(rng.int(min, max), session.capacity ?? Number.POSITIVE_INFINITY);
}

type Decision = {
  status: RegistrationStatus;
  reason: string | null;
  confirmedAt: Date | null;
  closedAt: Date | null;
  closedById: string | null;
};

/** One decision per order: the firm orders a group and the organization answers for the group. */
function decide(
  ctx: SeedContext,
  rng: Rng,
  session: SessionPlan,
  orderedAt: Date,
  payer: { userId: string; isPrivate: boolean },
): Decision {
  const { clock } = ctx;
  const org = session.org;
  const deadline = earliest(session.startsAt, clock.now);
  const confirmAt = () =>
    latest(
      addMinutes(orderedAt, 20),
      clock.notAfterNow(between(orderedAt, deadline, rng.float(0.05, 0.4)), 30),
    );

  if (session.status === SessionStatus.CANCELLED && session.cancelledAt) {
    const confirmedAt = rng.chance(0.6)
      ? between(orderedAt, session.cancelledAt, rng.float(0.1, 0.6))
      : null;
    return {
      status: RegistrationStatus.CANCELLED,
      reason: SESSION_CANCELLED,
      confirmedAt,
      closedAt: session.cancelledAt,
      closedById: org.adminUserId,
    };
  }
  const daysAhead = (session.startsAt.getTime() - clock.now.getTime()) / 86_400_000;
  const pendingShare = hasStarted(ctx, session) ? 0 : daysAhead > 30 ? 45 : daysAhead > 7 ? 25 : 10;
  const status = rng.weighted<RegistrationStatus>([
    [RegistrationStatus.CONFIRMED, 100 - pendingShare - 7],
    [RegistrationStatus.PENDING, pendingShare],
    [RegistrationStatus.CANCELLED, 4],
    [RegistrationStatus.REFUSED, 3],
  ]);
  switch (status) {
    case RegistrationStatus.CONFIRMED:
      return { status, reason: null, confirmedAt: confirmAt(), closedAt: null, closedById: null };
    case RegistrationStatus.PENDING:
      return { status, reason: null, confirmedAt: null, closedAt: null, closedById: null };
    case RegistrationStatus.REFUSED:
      return {
        status,
        reason: rng.pick(REFUSALS),
        confirmedAt: null,
        closedAt: confirmAt(),
        closedById: rng.pick(org.staffUserIds),
      };
    case RegistrationStatus.CANCELLED: {
      const confirmedAt = rng.chance(0.5) ? confirmAt() : null;
      const from = confirmedAt ?? orderedAt;
      const closedAt = latest(
        addMinutes(from, 30),
        clock.notAfterNow(between(from, deadline, rng.float(0.3, 0.9)), 20),
      );
      const reason = payer.isPrivate
        ? "Annulation à la demande du participant."
        : rng.pick(COMPANY_CANCELLATIONS);
      return { status, reason, confirmedAt, closedAt, closedById: payer.userId };
    }
  }
}

function paymentFor(
  rng: Rng,
  ctx: SeedContext,
  session: SessionPlan,
  privatePayer: boolean,
): PaymentPlan {
  if (isEnded(ctx, session))
    return rng.weighted<PaymentPlan>([
      ["paid", 90],
      ["partial", 4],
      ["unpaid", 6],
    ]);
  if (privatePayer)
    return rng.weighted<PaymentPlan>([
      ["paid", 75],
      ["unpaid", 25],
    ]);
  return rng.weighted<PaymentPlan>([
    ["paid", 45],
    ["partial", 15],
    ["unpaid", 40],
  ]);
}

function outcome(rng: Rng, weights: readonly (readonly [Outcome, number])[]): Outcome {
  return rng.weighted(weights);
}

/**
 * Fills every session (the demo people's too) with firms' groups and private
 * participants, deciding each order's fate from where the session stands
 * relative to `now`.
 */
export function fillSessions(ctx: SeedContext, world: World): void {
  const rng = ctx.rng.fork("volume-registrations");
  const { clock } = ctx;
  const demoIds = new Set([world.demo.claire.id, world.demo.thomas.id, world.demo.sophie.id]);
  const companies = world.companies.map((c) => [c, c.collaborators.length] as const);
  const privates = world.participants.filter((p) => p.company === null && !demoIds.has(p.id));

  for (const session of world.sessions) {
    let remaining = targetSize(rng, session) - session.participantIds.size;
    let attempts = 0;
    while (remaining > 0 && attempts++ < 40) {
      const lo = addDaysTo(session.createdAt, 1);
      // E-learning is bought before its window opens; live sessions at least three days ahead.
      const hi = earliest(
        addDaysTo(session.startsAt, session.modality === Modality.ELEARNING ? -1 : -3),
        addHours(clock.now, -1),
        ...(session.cancelledAt ? [addDaysTo(session.cancelledAt, -1)] : []),
      );
      const orderedAt =
        hi.getTime() > lo.getTime()
          ? between(lo, hi, rng.next())
          : earliest(lo, addHours(clock.now, -1));
      const privateOrder = rng.chance(0.12);
      const company: CompanyPlan | null = privateOrder ? null : rng.weighted(companies);
      const pool = (company ? company.collaborators : privates).filter(
        (p) =>
          !demoIds.has(p.id) &&
          !session.participantIds.has(p.id) &&
          p.since.getTime() <= orderedAt.getTime(),
      );
      if (pool.length === 0) continue;
      const group: ParticipantPlan[] = rng.sample(
        pool,
        privateOrder
          ? 1
          : Math.min(
              remaining,
              rng.weighted([
                [1, 50],
                [2, 30],
                [3, 15],
                [4, 5],
              ]),
            ),
      );
      const first = group[0];
      if (!first) continue;

      const decision = decide(ctx, rng, session, orderedAt, {
        userId: company?.managerUserId ?? first.userId,
        isPrivate: privateOrder,
      });
      const elearning = session.modality === Modality.ELEARNING;
      let payment = paymentFor(rng, ctx, session, privateOrder);
      let paidAt: Date | null = null;
      if (elearning && decision.status === RegistrationStatus.CONFIRMED) {
        // E-learning is paid by card at order time, which confirms it and opens access at the window start.
        payment = hasStarted(ctx, session) || rng.chance(0.8) ? "paid" : "unpaid";
        decision.confirmedAt = addMinutes(orderedAt, rng.int(2, 15));
        if (payment === "paid") paidAt = decision.confirmedAt;
      }
      const order = newOrder(world, {
        org: session.org,
        payerOf: first,
        orderedAt,
        payment,
        paidAt,
      });

      for (const participant of group) {
        const confirmed = decision.status === RegistrationStatus.CONFIRMED;
        const ended = isEnded(ctx, session);
        const recent = ended && session.endsAt.getTime() > addDaysTo(clock.now, -10).getTime();
        const hasPositioning =
          session.positioningRequired && questionnaireOf(session, "POSITIONING") !== undefined;
        newRegistration(world, order, session, participant, {
          status: decision.status,
          reason: decision.reason,
          createdAt: orderedAt,
          createdById: company?.managerUserId ?? participant.userId,
          confirmedAt: decision.confirmedAt,
          closedAt: decision.closedAt,
          closedById: decision.closedById,
          attendance: confirmed && !elearning ? (rng.chance(0.88) ? "present" : "mixed") : "none",
          joins: rng.chance(0.8),
          positioning: !hasPositioning
            ? "none"
            : confirmed
              ? "submitted"
              : decision.status === RegistrationStatus.PENDING
                ? outcome(rng, [
                    ["submitted", 50],
                    ["draft", 15],
                    ["none", 35],
                  ])
                : "none",
          validation:
            confirmed && ended
              ? outcome(
                  rng,
                  recent
                    ? [
                        ["submitted", 35],
                        ["draft", 10],
                        ["none", 55],
                      ]
                    : [
                        ["submitted", 60],
                        ["draft", 5],
                        ["none", 35],
                      ],
                )
              : "none",
          satisfaction:
            confirmed && ended
              ? outcome(rng, [
                  ["submitted", 55],
                  ["draft", 3],
                  ["none", 42],
                ])
              : "none",
          elearning:
            !elearning || !confirmed || payment !== "paid"
              ? "none"
              : ended
                ? rng.weighted([
                    ["completed", 75],
                    ["partial", 20],
                    ["not-started", 5],
                  ] as const)
                : rng.weighted([
                    ["completed", 25],
                    ["partial", 50],
                    ["not-started", 25],
                  ] as const),
          elearningAccessStartsAt:
            elearning && confirmed && payment === "paid" ? session.startsAt : null,
          certificate: rng.chance(0.7),
        });
        remaining -= 1;
      }
    }
  }
}

/** Who answers learners' questions for an organization: its first trainer, else its admin. */
export function answererOf(org: OrgPlan): string {
  return org.trainerUserIds[0] ?? org.adminUserId;
}
