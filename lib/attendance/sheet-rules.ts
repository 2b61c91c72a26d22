import type { AttendanceStatus } from "@/lib/db/generated/enums";

/**
 * The rules of the attendance sheet (feuille d'émargement), pure so that the
 * pages, the actions and the tests read the same answers on a fixed clock.
 */
const MINUTE = 60_000;

/** Participants may sign themselves from 15 minutes before the slot to its end. */
export const SELF_SIGN_OPENS_BEFORE_MS = 15 * MINUTE;

export type SlotTimes = { startsAt: Date; endsAt: Date };

export function isSelfSignOpen(slot: SlotTimes, now: Date): boolean {
  return (
    now.getTime() >= slot.startsAt.getTime() - SELF_SIGN_OPENS_BEFORE_MS &&
    now.getTime() < slot.endsAt.getTime()
  );
}

/** The trainer countersigns a sheet once the slot has started (never a sheet of the future). */
export function canCountersign(slot: SlotTimes, now: Date): boolean {
  return now.getTime() >= slot.startsAt.getTime();
}

/** A sheet is frozen once signed: its marks change only through a correction with a reason. */
export function isFrozen(sheetVersions: number): boolean {
  return sheetVersions > 0;
}

export type MarkInput = {
  status: AttendanceStatus;
  /** "HH:MM", Paris time, the day of the slot; only for LATE. */
  arrivedAt?: string;
  leftAt?: string;
};

/**
 * A mark is coherent when times come only with "en retard", at least one of
 * them is given then, and they fall within the slot. Returns a French message
 * or null.
 */
export function markProblem(
  mark: { status: AttendanceStatus; arrivedAt: Date | null; leftAt: Date | null },
  slot: SlotTimes,
): string | null {
  const { arrivedAt, leftAt } = mark;
  if (mark.status !== "LATE") {
    return arrivedAt || leftAt
      ? "Les heures d'arrivée et de départ ne s'indiquent que pour « En retard »."
      : null;
  }
  if (!arrivedAt && !leftAt) {
    return "Indiquez l'heure d'arrivée ou de départ du participant en retard.";
  }
  const inSlot = (d: Date) =>
    d.getTime() >= slot.startsAt.getTime() && d.getTime() <= slot.endsAt.getTime();
  if ((arrivedAt && !inSlot(arrivedAt)) || (leftAt && !inSlot(leftAt))) {
    return "Les heures d'arrivée et de départ doivent être dans les horaires de la séance.";
  }
  if (arrivedAt && leftAt && leftAt.getTime() <= arrivedAt.getTime()) {
    return "L'heure de départ doit suivre l'heure d'arrivée.";
  }
  return null;
}

/** Counted as presence for the certificate and the sheet's totals. */
export function countsAsPresent(status: AttendanceStatus | null): boolean {
  return status === "PRESENT" || status === "LATE";
}

/**
 * The slot whose sheet the trainer's page opens on, when the address names
 * none: the one open for signing now, else the earliest started one still to
 * countersign (yesterday's forgotten sheet comes before tomorrow's), else the
 * next to come, else the last. Undefined for a session without slots.
 */
export function sheetToOpen<T extends SlotTimes & { signed: boolean }>(
  slots: readonly T[],
  now: Date,
): T | undefined {
  const byStart = [...slots].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  return (
    byStart.find((s) => !s.signed && isSelfSignOpen(s, now)) ??
    byStart.find((s) => !s.signed && canCountersign(s, now)) ??
    byStart.find((s) => !canCountersign(s, now)) ??
    byStart[byStart.length - 1]
  );
}
