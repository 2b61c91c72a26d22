import { formatDate } from "@/lib/dates/paris";
import type { HalfDay, Modality } from "@/lib/db/generated/enums";
import { elearningAccess, elearningDatesLabel } from "@/lib/dates/elearning-access";
import { formatSessionDays } from "@/lib/dates/session-dates";

/**
 * The session an order line pays for, as the order pages name it: the
 * course's title, the session's "Réf", its dates as the session card writes
 * them (an e-learning's dates are its access window, which opens at payment).
 */
export const lineSessionSelect = {
  elearningAccessStartsAt: true,
  participant: { select: { user: { select: { firstName: true, lastName: true } } } },
  session: {
    select: {
      reference: true,
      modality: true,
      startsAt: true,
      endsAt: true,
      elearningAccessDays: true,
      course: { select: { title: true } },
      slots: { select: { date: true, halfDay: true }, orderBy: { startsAt: "asc" as const } },
    },
  },
} as const;

export type LineSessionRow = {
  elearningAccessStartsAt: Date | null;
  participant: { user: { firstName: string; lastName: string } };
  session: {
    reference: string;
    modality: Modality;
    startsAt: Date;
    endsAt: Date;
    elearningAccessDays: number;
    course: { title: string };
    slots: { date: Date; halfDay: HalfDay }[];
  };
};

export type LineSession = {
  title: string;
  reference: string;
  modality: Modality;
  dates: string;
  participantName: string;
};

export function lineSession(row: LineSessionRow, now: Date): LineSession {
  const { session } = row;
  let dates: string;
  if (session.slots.length > 0) {
    dates = formatSessionDays(session.slots).join(", ");
  } else if (session.modality === "ELEARNING") {
    dates = elearningDatesLabel(
      elearningAccess(
        { accessStartsAt: row.elearningAccessStartsAt, accessDays: session.elearningAccessDays },
        now,
      ),
    );
  } else {
    dates = `du ${formatDate(session.startsAt)} au ${formatDate(session.endsAt)}`;
  }
  return {
    title: session.course.title,
    reference: session.reference,
    modality: session.modality,
    dates,
    participantName: `${row.participant.user.firstName} ${row.participant.user.lastName}`,
  };
}
