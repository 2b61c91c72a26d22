import {
  CertificateRule,
  MaterialPhase,
  Modality,
  RegistrationStatus,
} from "../../lib/db/generated/enums";
import { addDays } from "../../lib/dates/paris";
import { addDaysTo, addMinutes, type Day } from "./clock";
import { addMaterial } from "./materials";
import {
  course,
  type ParticipantPlan,
  type SeedContext,
  type SessionPlan,
  type World,
} from "./plan";
import type { Rng } from "./random";
import { enrolAlone, type RegistrationFields } from "./registrations";
import { joinUrlFor, layoutSlots, planSession, type SessionSpec } from "./sessions";

type Outcomes = Pick<
  RegistrationFields,
  "positioning" | "validation" | "satisfaction" | "certificate" | "elearning"
>;

type PastTraining = { key: string; month: number; outcomes: Outcomes };

/**
 * Claire's past trainings, by calendar year, so that "Mon parcours" tells a
 * story whatever day the seed runs: about 50 h two years ago, under 20 h last
 * year (the yearly minimum warning shows), and one day this year plus the
 * ASFODEM morning; 60 to 110 h over the three years.
 */
const TWO_YEARS_AGO: PastTraining[] = [
  {
    key: "consolidation",
    month: 2,
    outcomes: {
      positioning: "submitted",
      validation: "submitted",
      satisfaction: "submitted",
      certificate: true,
    },
  },
  {
    key: "lcb-ft",
    month: 3,
    outcomes: { elearning: "completed", satisfaction: "submitted", certificate: true },
  },
  {
    key: "cloture-comptes",
    month: 4,
    outcomes: { validation: "submitted", satisfaction: "submitted", certificate: true },
  },
  {
    key: "tva-internationale",
    month: 6,
    outcomes: { satisfaction: "submitted", certificate: true },
  },
  { key: "liasse-is", month: 9, outcomes: { validation: "submitted" } },
  {
    key: "alpe",
    month: 10,
    outcomes: { positioning: "submitted", validation: "submitted", certificate: true },
  },
  { key: "actualite-sociale", month: 11, outcomes: {} },
];

const LAST_YEAR: PastTraining[] = [
  {
    key: "facturation-electronique",
    month: 3,
    outcomes: { validation: "submitted", satisfaction: "submitted", certificate: true },
  },
  { key: "excel-chiffre", month: 5, outcomes: { elearning: "completed" } },
  {
    key: "presentation-comptes",
    month: 9,
    outcomes: { satisfaction: "submitted", certificate: true },
  },
  { key: "droit-societes", month: 11, outcomes: { validation: "submitted", certificate: true } },
];

const THIS_YEAR: PastTraining = {
  key: "loi-finances",
  month: 1,
  outcomes: { validation: "submitted", satisfaction: "submitted", certificate: true },
};

function dayInMonth(ctx: SeedContext, year: number, month: number, rng: Rng): Day {
  return ctx.clock.workingDayOnOrAfter(new Date(Date.UTC(year, month - 1, rng.int(6, 16))));
}

/** A past or future session of a catalogue course, laid out as the organization usually does. */
function sessionOn(
  ctx: SeedContext,
  world: World,
  rng: Rng,
  key: string,
  firstDay: Day,
  extra: Partial<SessionSpec> = {},
): SessionPlan {
  const c = course(world, key);
  const spec: SessionSpec = { course: c, capacity: rng.int(12, 30), ...extra };
  if (c.modality === Modality.ELEARNING) {
    const startsAt = ctx.clock.at(firstDay, 8, 0);
    spec.window = { startsAt, endsAt: addDaysTo(startsAt, 90) };
    spec.certificateRule = CertificateRule.ELEARNING_COMPLETED;
    spec.capacity = null;
  } else {
    spec.slots = layoutSlots(ctx.clock, c, firstDay, rng);
    if (c.modality === Modality.VIRTUAL_CLASS) spec.joinUrl = joinUrlFor(c, rng);
    else spec.venue = rng.pick(c.org.venues);
  }
  const session = planSession(ctx, spec);
  world.sessions.push(session);
  return session;
}

/** Bought a few weeks ahead, confirmed days later, paid; present at every sitting. */
function attendedPast(
  world: World,
  rng: Rng,
  session: SessionPlan,
  who: ParticipantPlan,
  outcomes: Outcomes,
  ctx: SeedContext,
): void {
  const orderedAt = addDaysTo(session.startsAt, -rng.int(20, 60));
  const confirmedAt = addDaysTo(orderedAt, rng.int(1, 6));
  const elearning = session.modality === Modality.ELEARNING;
  enrolAlone(world, session, who, {
    status: RegistrationStatus.CONFIRMED,
    orderedAt,
    confirmedAt: elearning ? addMinutes(orderedAt, 6) : confirmedAt,
    payment: "paid",
    paidAt: elearning
      ? addMinutes(orderedAt, 6)
      : ctx.clock.notAfterNow(addDaysTo(confirmedAt, rng.int(5, 25))),
    attendance: elearning ? "none" : "present",
    joins: session.modality === Modality.VIRTUAL_CLASS,
    elearningAccessStartsAt: elearning ? session.startsAt : null,
    ...outcomes,
  });
}

export function planDemoHistory(
  ctx: SeedContext,
  world: World,
  shared: { safir3: SessionPlan },
): void {
  const { clock } = ctx;
  const rng = ctx.rng.fork("demo-history");
  const { claire, thomas, sophie, julienUserId } = world.demo;
  const year = clock.yearOf(clock.now);

  // This year's day only fits once January is well past; otherwise it moves two years back.
  const thisYearDay = dayInMonth(ctx, year, THIS_YEAR.month, rng);
  const thisYearFits = addDays(thisYearDay, 14).getTime() < clock.day(-12).getTime();
  const plan: [number, PastTraining][] = [
    ...TWO_YEARS_AGO.map((t): [number, PastTraining] => [year - 2, t]),
    ...LAST_YEAR.map((t): [number, PastTraining] => [year - 1, t]),
    thisYearFits ? [year, THIS_YEAR] : [year - 2, { ...THIS_YEAR, month: 12 }],
  ];
  for (const [y, training] of plan) {
    const session = sessionOn(
      ctx,
      world,
      rng,
      training.key,
      dayInMonth(ctx, y, training.month, rng),
    );
    attendedPast(world, rng, session, claire, training.outcomes, ctx);
  }

  // Refused last year: the session was full.
  const refused = sessionOn(ctx, world, rng, "nep-315", dayInMonth(ctx, year - 1, 6, rng));
  const refusedOrderedAt = addDaysTo(refused.startsAt, -25);
  enrolAlone(world, refused, claire, {
    status: RegistrationStatus.REFUSED,
    reason: "Session complète : inscription reportée sur une prochaine session.",
    orderedAt: refusedOrderedAt,
    closedAt: addDaysTo(refusedOrderedAt, 3),
    closedById: refused.org.adminUserId,
    payment: "unpaid",
  });

  // Cancelled by the firm after confirmation, for a session still ahead.
  const cancelled = sessionOn(
    ctx,
    world,
    rng,
    "paie-fondamentaux",
    clock.onOrAfter(clock.day(40), 1),
  );
  const cancelledOrderedAt = clock.at(clock.day(-21), 10, 0);
  enrolAlone(world, cancelled, claire, {
    status: RegistrationStatus.CANCELLED,
    reason: "Annulation à la demande du cabinet : conflit avec une mission de clôture.",
    orderedAt: cancelledOrderedAt,
    confirmedAt: addDaysTo(cancelledOrderedAt, 2),
    closedAt: clock.at(clock.day(-6), 17, 45),
    closedById: julienUserId,
    payment: "unpaid",
  });

  // Thomas, same firm: one session shared with Claire, the rest his own.
  enrolAlone(world, shared.safir3, thomas, {
    status: RegistrationStatus.CONFIRMED,
    orderedAt: clock.at(clock.day(-15), 14, 9),
    confirmedAt: clock.at(clock.day(-13), 9, 52),
    payment: "paid",
  });
  const thomasClosing = sessionOn(
    ctx,
    world,
    rng,
    "cloture-comptes",
    dayInMonth(ctx, year - 1, 10, rng),
  );
  attendedPast(
    world,
    rng,
    thomasClosing,
    thomas,
    { validation: "submitted", satisfaction: "submitted", certificate: true },
    ctx,
  );
  addMaterial(ctx, thomasClosing, {
    title: "Support de cours – Clôture des comptes annuels",
    type: "Support de cours",
    phase: MaterialPhase.AFTER,
    // Open for years, so the isolation tests find it downloadable whatever day they run.
    availableUntil: addDaysTo(clock.now, 2 * 365),
    versions: [addDaysTo(thomasClosing.startsAt, -5), addDaysTo(thomasClosing.endsAt, 12)],
  });
  const thomasPayroll = sessionOn(
    ctx,
    world,
    rng,
    "bulletin-paie-elearning",
    dayInMonth(ctx, year - 1, 2, rng),
  );
  attendedPast(
    world,
    rng,
    thomasPayroll,
    thomas,
    { elearning: "completed", satisfaction: "submitted", certificate: true },
    ctx,
  );
  const thomasCycle = sessionOn(
    ctx,
    world,
    rng,
    "revision-cycles",
    clock.onOrAfter(clock.day(55), 2),
  );
  enrolAlone(world, thomasCycle, thomas, {
    status: RegistrationStatus.CONFIRMED,
    orderedAt: clock.at(clock.day(-18), 11, 0),
    confirmedAt: clock.at(clock.day(-9), 15, 30),
    positioning: "submitted",
    payment: "unpaid",
  });
  const thomasNews = sessionOn(
    ctx,
    world,
    rng,
    "actualite-sociale",
    clock.workingDayOnOrAfter(clock.day(26)),
  );
  enrolAlone(world, thomasNews, thomas, {
    status: RegistrationStatus.PENDING,
    orderedAt: clock.at(clock.day(-3), 9, 15),
    payment: "unpaid",
  });

  // Sophie pays for herself.
  const sophieAudit = sessionOn(
    ctx,
    world,
    rng,
    "nep-315",
    clock.workingDayOnOrAfter(clock.day(21)),
  );
  const sophieOrdered = clock.at(clock.day(-20), 21, 4);
  enrolAlone(world, sophieAudit, sophie, {
    status: RegistrationStatus.CONFIRMED,
    orderedAt: sophieOrdered,
    confirmedAt: addDaysTo(sophieOrdered, 1),
    payment: "paid",
    paidAt: addMinutes(addDaysTo(sophieOrdered, 1), 30),
  });
  const sophieLaw = sessionOn(ctx, world, rng, "droit-societes", dayInMonth(ctx, year - 1, 5, rng));
  attendedPast(
    world,
    rng,
    sophieLaw,
    sophie,
    { validation: "submitted", satisfaction: "submitted", certificate: true },
    ctx,
  );
  const sophieNep = sessionOn(ctx, world, rng, "nep-elearning", clock.day(-20));
  attendedPast(world, rng, sophieNep, sophie, { elearning: "partial" }, ctx);
  const sophieQuality = sessionOn(
    ctx,
    world,
    rng,
    "controle-qualite",
    clock.workingDayOnOrAfter(clock.day(45)),
  );
  enrolAlone(world, sophieQuality, sophie, {
    status: RegistrationStatus.PENDING,
    orderedAt: clock.at(clock.day(-2), 19, 30),
    payment: "unpaid",
  });
}
