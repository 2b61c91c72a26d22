import type { Modality, SessionStatus } from "@/lib/db/generated/enums";

/*
 * When a company may register collaborators to a session. Pure, so that the
 * catalogue (which sessions to offer) and the transaction (which refuses) say
 * the same thing.
 */

/** Registrations that hold a seat: cancelled and refused ones free it. */
export const SEAT_HOLDING_STATUSES = ["PENDING", "CONFIRMED"] as const;

export type SessionForRegistration = {
  status: SessionStatus;
  modality: Modality;
  startsAt: Date;
  endsAt: Date;
  capacity: number | null;
  /** Seat-holding registrations already made. */
  taken: number;
};

export function seatsLeft(
  session: Pick<SessionForRegistration, "capacity" | "taken">,
): number | null {
  return session.capacity === null ? null : Math.max(0, session.capacity - session.taken);
}

/** Why the session takes no registration at all now, or null when it is open. */
export function sessionClosedReason(session: SessionForRegistration, now: Date): string | null {
  if (session.status === "CANCELLED")
    return "Cette session est annulée : aucune inscription n'est possible.";
  if (session.endsAt <= now)
    return "Cette session est terminée : aucune inscription n'est possible.";
  // An e-learning module may be joined while its window is open; a taught
  // session is closed once its first sitting has begun.
  if (session.modality !== "ELEARNING" && session.startsAt <= now) {
    return "Cette session a déjà commencé : les inscriptions sont closes.";
  }
  if (seatsLeft(session) === 0) return "Cette session est complète.";
  return null;
}

/** Why these `count` new registrations cannot be made, or null. */
export function registrationRefusal(
  session: SessionForRegistration,
  count: number,
  now: Date,
): string | null {
  const closed = sessionClosedReason(session, now);
  if (closed) return closed;
  const left = seatsLeft(session);
  if (left !== null && count > left) {
    return left === 1
      ? "Il ne reste qu'une place dans cette session : choisissez un seul collaborateur."
      : `Il ne reste que ${left} places dans cette session : choisissez ${left} collaborateurs au plus.`;
  }
  return null;
}

/** "C" then the order's Paris date (yymmdd) and a five-digit counter of the day: "C26042300003". */
export function orderReference(prefix: string, counter: number): string {
  return `${prefix}${String(counter).padStart(5, "0")}`;
}
