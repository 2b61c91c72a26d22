import {
  CertificateRule,
  HalfDay,
  Modality,
  QuestionnaireKind,
  SessionStatus,
} from "../../lib/db/generated/enums";
import { addDays } from "../../lib/dates/paris";
import { addDaysTo, earliest, type Clock, type Day } from "./clock";
import { slug } from "./identity";
import {
  newId,
  nextCount,
  type CoursePlan,
  type QuestionnairePlan,
  type SeedContext,
  type SessionPlan,
  type SlotPlan,
  type VenuePlan,
} from "./plan";
import type { Rng } from "./random";

export type SlotSpec = {
  day: Day;
  halfDay: HalfDay;
  from: readonly [number, number];
  to: readonly [number, number];
  minutes: number;
  title: string;
  organizerName?: string;
  venueId?: string | null;
};

export type SessionSpec = {
  course: CoursePlan;
  reference?: string;
  status?: SessionStatus;
  cancelledAt?: Date | null;
  organizerName?: string;
  venue?: VenuePlan | null;
  placeLabel?: string | null;
  joinUrl?: string | null;
  capacity?: number | null;
  /** Sittings; e-learning sessions have none and give `window` instead. */
  slots?: SlotSpec[];
  window?: { startsAt: Date; endsAt: Date };
  accessDays?: number;
  certificateRule?: CertificateRule;
  minAttendancePercent?: number;
  passPercent?: number;
  createdAt?: Date;
  positioningRequired?: boolean;
};

export const MORNING = [9, 0] as const;

export function planSession(ctx: SeedContext, spec: SessionSpec): SessionPlan {
  const { clock } = ctx;
  const course = spec.course;
  const org = course.org;
  const id = newId();
  const venue = spec.venue ?? null;
  const organizerName = spec.organizerName ?? org.name;

  const slots: SlotPlan[] = (spec.slots ?? []).map((s) => ({
    id: newId(),
    date: s.day,
    halfDay: s.halfDay,
    startsAt: clock.at(s.day, s.from[0], s.from[1]),
    endsAt: clock.at(s.day, s.to[0], s.to[1]),
    durationMinutes: s.minutes,
    title: s.title,
    organizerName: s.organizerName ?? organizerName,
    venueId: s.venueId === undefined ? (venue?.id ?? null) : s.venueId,
  }));

  let startsAt: Date;
  let endsAt: Date;
  if (slots.length > 0) {
    // Denormalised from the sittings: lists sort and split on these columns.
    startsAt = new Date(Math.min(...slots.map((s) => s.startsAt.getTime())));
    endsAt = new Date(Math.max(...slots.map((s) => s.endsAt.getTime())));
  } else if (spec.window) {
    ({ startsAt, endsAt } = spec.window);
  } else {
    throw new Error(`Session sans séance ni fenêtre d'accès : ${course.title}`);
  }

  // Named by the course and the session's rank in it, never by its id: ids are random
  // UUIDs, and a stream named by one made every run of the seed a different demo.
  const rng = ctx.rng.fork(`session:${course.key}:${nextCount(ctx, `session:${course.key}`)}`);
  const createdAt =
    spec.createdAt ??
    earliest(addDaysTo(startsAt, -rng.int(75, 150)), addDaysTo(clock.now, -rng.int(20, 40)));

  return {
    id,
    org,
    course,
    reference: spec.reference ?? null,
    modality: course.modality,
    status: spec.status ?? SessionStatus.SCHEDULED,
    organizerName,
    venue,
    placeLabel: spec.placeLabel ?? null,
    joinUrl: spec.joinUrl ?? null,
    capacity: spec.capacity === undefined ? null : spec.capacity,
    positioningRequired: spec.positioningRequired ?? course.positioning,
    startsAt,
    endsAt,
    slots,
    createdAt,
    cancelledAt: spec.cancelledAt ?? null,
    certificateRule: spec.certificateRule ?? CertificateRule.ATTENDANCE,
    minAttendancePercent: spec.minAttendancePercent ?? 100,
    passPercent: spec.passPercent ?? 50,
    accessDays: spec.accessDays ?? 90,
    questionnaires: {},
    participantIds: new Set(),
  };
}

/** The sittings a course of this length usually gets, from `firstDay` on. */
export function layoutSlots(clock: Clock, course: CoursePlan, firstDay: Day, rng: Rng): SlotSpec[] {
  const programme = course.programme.length > 0 ? course.programme : [course.title];
  const line = (i: number): string => programme[Math.min(i, programme.length - 1)] ?? course.title;
  const halfDayMinutes = course.minutes <= 240 ? course.minutes : 210;
  const endOf = (from: readonly [number, number], minutes: number): readonly [number, number] => {
    const total = from[0] * 60 + from[1] + minutes;
    return [Math.floor(total / 60), total % 60];
  };

  if (course.minutes <= 240) {
    const afternoon = rng.chance(0.35);
    const from = afternoon ? ([14, 0] as const) : MORNING;
    return [
      {
        day: clock.workingDayOnOrAfter(firstDay),
        halfDay: afternoon ? HalfDay.AFTERNOON : HalfDay.MORNING,
        from,
        to: endOf(from, course.minutes),
        minutes: course.minutes,
        title: line(0),
      },
    ];
  }

  if (course.modality === Modality.VIRTUAL_CLASS) {
    // A day of screen time is split into mornings on consecutive days.
    const count = Math.ceil(course.minutes / halfDayMinutes);
    return clock.workingDays(firstDay, count).map((day, i) => ({
      day,
      halfDay: HalfDay.MORNING,
      from: MORNING,
      to: endOf(MORNING, halfDayMinutes),
      minutes: halfDayMinutes,
      title: line(i),
    }));
  }

  const dayCount = Math.max(1, Math.round(course.minutes / 420));
  let days = clock.workingDays(firstDay, dayCount);
  if (course.modality === Modality.CURSUS && dayCount >= 4) {
    // Long cycles come in two blocks a week or two apart, so the firm can spare its people.
    const firstBlock = Math.ceil(dayCount / 2);
    const head = clock.workingDays(firstDay, firstBlock);
    const lastOfHead = head[head.length - 1] ?? firstDay;
    const tail = clock.workingDays(
      clock.onOrAfter(addDays(lastOfHead, rng.int(7, 14)), 1),
      dayCount - firstBlock,
    );
    days = [...head, ...tail];
  }
  const linesPerDay = programme.length >= dayCount * 2 ? 2 : 1;
  const fullDay = course.org.dayStyle === "fullday" || course.modality === Modality.CURSUS;
  return days.flatMap((day, i): SlotSpec[] => {
    if (fullDay) {
      const title =
        linesPerDay === 2
          ? dayCount === 1
            ? course.title
            : `${line(2 * i)} ; ${line(2 * i + 1)}`
          : line(i);
      return [{ day, halfDay: HalfDay.FULL_DAY, from: MORNING, to: [17, 30], minutes: 420, title }];
    }
    return [
      {
        day,
        halfDay: HalfDay.MORNING,
        from: MORNING,
        to: [12, 30],
        minutes: 210,
        title: linesPerDay === 2 ? line(2 * i) : line(i),
      },
      {
        day,
        halfDay: HalfDay.AFTERNOON,
        from: [14, 0],
        to: [17, 30],
        minutes: 210,
        title: linesPerDay === 2 ? line(2 * i + 1) : line(i),
      },
    ];
  });
}

export function joinUrlFor(course: CoursePlan, rng: Rng): string {
  return `${course.org.visioHost}/${slug(course.key)}-${rng.digits(6)}`;
}

/** The session's own questionnaire of a kind, else its course's. */
export function questionnaireOf(
  session: SessionPlan,
  kind: QuestionnaireKind,
): QuestionnairePlan | undefined {
  return session.questionnaires[kind] ?? session.course.questionnaires[kind];
}

export function isEnded(ctx: SeedContext, session: SessionPlan): boolean {
  return session.endsAt.getTime() <= ctx.clock.now.getTime();
}

export function hasStarted(ctx: SeedContext, session: SessionPlan): boolean {
  return session.startsAt.getTime() <= ctx.clock.now.getTime();
}

/**
 * References numbered in date order per organization and year, as a real
 * catalogue would have them ("20230117": organization 20, 2023, n° 117), never
 * reusing one that the guide fixed.
 */
export function assignReferences(ctx: SeedContext, sessions: SessionPlan[]): void {
  const taken = new Set(
    sessions.filter((s) => s.reference).map((s) => `${s.org.id}|${s.reference}`),
  );
  const counters = new Map<string, number>();
  const pending = sessions
    .filter((s) => !s.reference)
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  for (const session of pending) {
    const yy = String(ctx.clock.yearOf(session.startsAt) % 100).padStart(2, "0");
    const elearning = session.modality === Modality.ELEARNING;
    const counterKey = elearning
      ? `${session.org.code}|${session.course.id}|${yy}`
      : `${session.org.code}|${yy}`;
    for (;;) {
      const n = (counters.get(counterKey) ?? 0) + 1;
      counters.set(counterKey, n);
      // E-learning references follow the guide's "20.01.SOC0018.23" shape.
      const reference = elearning
        ? `${session.org.code}.${String(n).padStart(2, "0")}.${session.course.code}.${yy}`
        : `${session.org.code}${yy}${String(n).padStart(4, "0")}`;
      if (!taken.has(`${session.org.id}|${reference}`)) {
        taken.add(`${session.org.id}|${reference}`);
        session.reference = reference;
        break;
      }
    }
  }
}

export function emitSessions(ctx: SeedContext, sessions: SessionPlan[]): void {
  for (const s of sessions) {
    if (!s.reference) throw new Error(`Session sans référence : ${s.course.title}`);
    ctx.rows.trainingSession.push({
      id: s.id,
      organizationId: s.org.id,
      courseId: s.course.id,
      reference: s.reference,
      modality: s.modality,
      status: s.status,
      organizerName: s.organizerName,
      venueId: s.venue?.id ?? null,
      placeLabel: s.placeLabel,
      joinUrl: s.joinUrl,
      startsAt: s.startsAt,
      endsAt: s.endsAt,
      capacity: s.capacity,
      elearningAccessDays: s.accessDays,
      positioningRequired: s.positioningRequired,
      validationTestOpenDays: 10,
      certificateRule: s.certificateRule,
      certificateMinAttendancePercent: s.minAttendancePercent,
      validationPassPercent: s.passPercent,
      createdAt: s.createdAt,
      updatedAt: s.cancelledAt ?? s.createdAt,
    });
    for (const slot of s.slots) {
      ctx.rows.sessionSlot.push({
        id: slot.id,
        sessionId: s.id,
        date: slot.date,
        halfDay: slot.halfDay,
        startsAt: slot.startsAt,
        endsAt: slot.endsAt,
        title: slot.title,
        durationMinutes: slot.durationMinutes,
        organizerName: slot.organizerName,
        venueId: slot.venueId,
      });
    }
  }
}
