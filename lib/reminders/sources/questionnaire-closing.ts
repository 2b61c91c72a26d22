import "server-only";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/db/generated/client";
import { publicBaseUrl } from "@/lib/http/public-url";
import { sessionMailFactsSelect, toSessionMailFacts } from "@/lib/mail/session-facts";
import { questionnaireHref } from "@/lib/questionnaires/kinds";
import {
  effectiveQuestionnaire,
  QUESTIONNAIRE_ORDER,
  questionnaireRefSelect,
} from "@/lib/questionnaires/resolve";
import {
  questionnaireWindow,
  SATISFACTION_OPEN_DAYS,
  windowState,
} from "@/lib/questionnaires/windows";
import { questionnaireClosingMail } from "../messages";
import { DAY_MS, remindedUserSelect, type ReminderCandidate, type ReminderWindow } from "../rule";

/**
 * The validation tests and satisfaction surveys that close within the window,
 * are open now, and that a confirmed participant has not submitted. Two
 * queries: the sessions whose questionnaires may close then (their windows
 * are computed with the same rule as the questionnaire pages), then their
 * registrations without a submitted response.
 */
const KINDS = ["VALIDATION", "SATISFACTION"] as const;
type Kind = (typeof KINDS)[number];
/** A default window closes at most this long after the session's end. */
const LONGEST_DEFAULT_MS = (SATISFACTION_OPEN_DAYS + 2) * DAY_MS;

export async function questionnaireClosingCandidates(
  window: ReminderWindow,
  now: Date,
): Promise<ReminderCandidate[]> {
  const db = await getDb();
  const closingInWindow = { closesAt: { gte: window.from, lte: window.to } };
  const sessions = await db.trainingSession.findMany({
    where: {
      status: "SCHEDULED",
      endsAt: { lte: now },
      OR: [
        { endsAt: { gte: new Date(window.from.getTime() - LONGEST_DEFAULT_MS) } },
        { questionnaires: { some: closingInWindow } },
        { course: { questionnaires: { some: closingInWindow } } },
      ],
    },
    select: {
      ...sessionMailFactsSelect,
      id: true,
      validationTestOpenDays: true,
      questionnaires: {
        where: { kind: { in: [...KINDS] } },
        select: questionnaireRefSelect,
        orderBy: QUESTIONNAIRE_ORDER,
      },
      course: {
        select: {
          title: true,
          questionnaires: {
            where: { kind: { in: [...KINDS] } },
            select: questionnaireRefSelect,
            orderBy: QUESTIONNAIRE_ORDER,
          },
        },
      },
    },
  });
  const closing = sessions.flatMap((session) =>
    KINDS.flatMap((kind) => {
      const questionnaire = effectiveQuestionnaire(
        kind,
        session.questionnaires,
        session.course.questionnaires,
      );
      if (!questionnaire) return [];
      const open = questionnaireWindow(questionnaire, session);
      const closesAt = open.closesAt;
      if (!closesAt || windowState(open, now) !== "open") return [];
      if (closesAt < window.from || closesAt > window.to) return [];
      return [{ session, kind, questionnaireId: questionnaire.id, closesAt }];
    }),
  );
  if (closing.length === 0) return [];

  const bySession = new Map<string, (typeof closing)[number][]>();
  for (const entry of closing) {
    bySession.set(entry.session.id, [...(bySession.get(entry.session.id) ?? []), entry]);
  }
  const notAnswered: Prisma.RegistrationWhereInput[] = closing.map((entry) => ({
    sessionId: entry.session.id,
    responses: { none: { questionnaireId: entry.questionnaireId, status: "SUBMITTED" } },
  }));
  const registrations = await db.registration.findMany({
    where: {
      status: "CONFIRMED",
      OR: notAnswered,
      participant: {
        user: {
          anonymizedAt: null,
          notificationPrefs: { none: { category: "QUESTIONNAIRES", choice: "NEVER" } },
        },
      },
    },
    select: {
      id: true,
      sessionId: true,
      responses: {
        where: { status: "SUBMITTED" },
        select: { questionnaireId: true },
      },
      participant: { select: { user: remindedUserSelect("QUESTIONNAIRES") } },
    },
  });
  const base = publicBaseUrl();
  return registrations.flatMap((registration) => {
    const submitted = new Set(registration.responses.map((r) => r.questionnaireId));
    const user = registration.participant.user;
    return (bySession.get(registration.sessionId) ?? [])
      .filter((entry) => !submitted.has(entry.questionnaireId))
      .map((entry): ReminderCandidate => ({
        // One registration may have both questionnaires closing: the kind is part of the subject.
        subjectId: `${registration.id}:${entry.kind}`,
        userId: user.id,
        choice: user.notificationPrefs[0]?.choice ?? "IMMEDIATE",
        eventAt: entry.closesAt,
        build: async (offsetDays) =>
          questionnaireClosingMail({
            to: user.email,
            firstName: user.firstName,
            kind: entry.kind as Kind,
            session: toSessionMailFacts(entry.session),
            closesAt: entry.closesAt,
            daysLeft: offsetDays,
            link: `${base}${questionnaireHref(registration.id, entry.kind)}`,
          }),
      }));
  });
}
