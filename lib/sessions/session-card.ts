import { isSelfSignOpen } from "@/lib/attendance/sheet-rules";
import type { HalfDay, Modality, RegistrationStatus } from "@/lib/db/generated/enums";
import {
  questionnaireEntries,
  type QuestionnaireEntry,
  type QuestionnaireRef,
  type ResponseRef,
} from "@/lib/questionnaires/entry-points";
import {
  elearningAccess,
  elearningDatesLabel,
  type ElearningAccess,
} from "@/lib/dates/elearning-access";
import { formatSessionDays } from "@/lib/dates/session-dates";
import { placeOf } from "@/lib/format/place";
import { joinWindow, type JoinWindow } from "./virtual-class";

/** What a card of "Mes sessions" shows, and the actions its state allows (guide rules 3-9). */
export type SessionCardSource = {
  id: string;
  status: RegistrationStatus;
  statusReason: string | null;
  elearningAccessStartsAt: Date | null;
  order: { reference: string } | null;
  positioningSubmitted: boolean;
  /** The session's and its course's questionnaires, and this registration's responses. */
  questionnaires?: {
    validationTestOpenDays: number;
    session: readonly QuestionnaireRef[];
    course: readonly QuestionnaireRef[];
    responses: readonly ResponseRef[];
  };
  session: {
    reference: string;
    modality: Modality;
    placeLabel: string | null;
    organizerName: string;
    positioningRequired: boolean;
    hasPositioningTest: boolean;
    elearningAccessDays: number;
    startsAt: Date;
    endsAt: Date;
    venueCity: string | null;
    title: string;
    slots: { id: string; date: Date; halfDay: HalfDay; startsAt: Date; endsAt: Date }[];
  };
};

/** What every card of a registration shows first (Mes sessions, a collaborator's trainings). */
export type RegistrationSummary = {
  registrationId: string;
  title: string;
  modality: Modality;
  reference: string;
  orderReference: string | null;
  status: RegistrationStatus;
  dates: string[];
  place: string;
  organizerName: string;
};

export type SessionCard = RegistrationSummary & {
  statusReason: string | null;
  ended: boolean;
  actions: {
    details: boolean;
    positioningTest: boolean;
    module: ElearningAccess | null;
    join: JoinWindow | null;
    calendar: boolean;
    /** Once open (guide rule 10: after the session), whatever their state. */
    validationTest: QuestionnaireEntry | null;
    satisfaction: QuestionnaireEntry | null;
    /** The slot whose presence may be self-signed now (lib/attendance/sheet-rules). */
    signPresenceSlotId: string | null;
  };
};

export function toSessionCard(src: SessionCardSource, now: Date): SessionCard {
  const { session } = src;
  const confirmed = src.status === "CONFIRMED";
  const ended = session.endsAt < now;
  const access =
    session.modality === "ELEARNING"
      ? elearningAccess(
          { accessStartsAt: src.elearningAccessStartsAt, accessDays: session.elearningAccessDays },
          now,
        )
      : null;
  const join =
    session.modality === "VIRTUAL_CLASS" && confirmed ? joinWindow(session.slots, now) : null;
  const entries = src.questionnaires
    ? questionnaireEntries(
        {
          registrationId: src.id,
          registrationStatus: src.status,
          session: {
            startsAt: session.startsAt,
            endsAt: session.endsAt,
            validationTestOpenDays: src.questionnaires.validationTestOpenDays,
          },
          sessionQuestionnaires: src.questionnaires.session,
          courseQuestionnaires: src.questionnaires.course,
          responses: src.questionnaires.responses,
        },
        now,
      )
    : [];
  const entry = (kind: "VALIDATION" | "SATISFACTION") =>
    entries.find((e) => e.kind === kind && e.state !== "upcoming") ?? null;
  return {
    registrationId: src.id,
    title: session.title,
    modality: session.modality,
    reference: session.reference,
    orderReference: src.order?.reference ?? null,
    status: src.status,
    statusReason: src.statusReason,
    dates: access ? [elearningDatesLabel(access)] : formatSessionDays(session.slots),
    place: placeOf(session),
    organizerName: session.organizerName,
    ended,
    actions: {
      details: confirmed,
      positioningTest:
        src.status === "PENDING" &&
        session.positioningRequired &&
        session.hasPositioningTest &&
        !src.positioningSubmitted,
      module: access && confirmed ? access : null,
      join: join && join.state !== "over" ? join : null,
      calendar:
        !ended &&
        (src.status === "CONFIRMED" || src.status === "PENDING") &&
        session.modality !== "ELEARNING",
      validationTest: entry("VALIDATION"),
      satisfaction: entry("SATISFACTION"),
      signPresenceSlotId:
        confirmed && session.modality !== "ELEARNING"
          ? (session.slots.find((slot) => isSelfSignOpen(slot, now))?.id ?? null)
          : null,
    },
  };
}
