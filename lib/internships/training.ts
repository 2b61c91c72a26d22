import "server-only";
import { getDb } from "@/lib/db";
import type { TrainingRecord } from "./obligations";

/** A session attended towards the stage, as the annual training sheet lists it. */
export type AttendedTraining = {
  sessionId: string;
  title: string;
  reference: string;
  firstDay: Date;
  days: number;
  antiMoneyLaundering: boolean;
};

export type ParticipantTraining = TrainingRecord & { sessions: AttendedTraining[] };

const HALF_DAY_WEIGHT = { MORNING: 0.5, AFTERNOON: 0.5, FULL_DAY: 1 } as const;

/**
 * Training done towards the stage by these participants, from attendance at
 * sessions whose course counts towards it and from completed e-learning units
 * of such courses: two queries whatever the number of participants.
 */
export async function loadTraining(
  participantIds: readonly string[],
): Promise<Map<string, ParticipantTraining>> {
  const result = new Map<string, ParticipantTraining>(
    participantIds.map((id) => [id, { days: [], elearning: [], sessions: [] }]),
  );
  if (participantIds.length === 0) return result;
  const db = await getDb();
  const [attendance, progress] = await Promise.all([
    db.attendance.findMany({
      where: {
        status: "PRESENT",
        registration: { participantId: { in: [...participantIds] }, status: "CONFIRMED" },
        slot: { session: { course: { countsTowardsInternship: true } } },
      },
      select: {
        registration: { select: { participantId: true } },
        slot: {
          select: {
            date: true,
            halfDay: true,
            session: {
              select: {
                id: true,
                reference: true,
                course: { select: { title: true, antiMoneyLaundering: true } },
              },
            },
          },
        },
      },
      orderBy: { slot: { date: "asc" } },
    }),
    db.elearningProgress.findMany({
      where: {
        status: "COMPLETED",
        completedAt: { not: null },
        registration: { participantId: { in: [...participantIds] } },
        unit: { module: { course: { countsTowardsInternship: true } } },
      },
      select: {
        completedAt: true,
        registration: { select: { participantId: true } },
        unit: { select: { estimatedMinutes: true } },
      },
    }),
  ]);
  for (const a of attendance) {
    const record = result.get(a.registration.participantId)!;
    const days = HALF_DAY_WEIGHT[a.slot.halfDay];
    const aml = a.slot.session.course.antiMoneyLaundering;
    record.days.push({ day: a.slot.date, days, antiMoneyLaundering: aml });
    const session = record.sessions.find((s) => s.sessionId === a.slot.session.id);
    if (session) session.days += days;
    else
      record.sessions.push({
        sessionId: a.slot.session.id,
        title: a.slot.session.course.title,
        reference: a.slot.session.reference,
        firstDay: a.slot.date,
        days,
        antiMoneyLaundering: aml,
      });
  }
  for (const p of progress) {
    result.get(p.registration.participantId)!.elearning.push({
      day: p.completedAt!,
      minutes: p.unit.estimatedMinutes,
    });
  }
  return result;
}
