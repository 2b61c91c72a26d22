import "server-only";
import { getDb } from "@/lib/db";
import { publicBaseUrl } from "@/lib/http/public-url";
import { validationTestOpenMail } from "@/lib/mail/messages";
import { sessionMailFactsSelect, toSessionMailFacts } from "@/lib/mail/session-facts";
import { queueNotice } from "@/lib/notifications/notice";
import { questionnaireHref } from "./kinds";
import { effectiveQuestionnaire, orderedQuestionnairesSelect } from "./resolve";
import { questionnaireWindow, windowState } from "./windows";

/**
 * "Test de validation des acquis à compléter": once per registration (dedupe
 * key), when the test's window opens (by default at the end of the session),
 * to confirmed participants who have not submitted it. The worker runs this
 * every minute; a window that opened more than RECENT_DAYS ago while no worker
 * ran is not announced late, since most of its days would already be gone.
 */
export const validationNoticeKey = (registrationId: string) => `validation-open:${registrationId}`;

const RECENT_DAYS = 3;
const DAY_MS = 86_400_000;
/** Custom windows may open a little after the end; look back over two weeks of sessions. */
const LOOKBACK_DAYS = 14;

export async function queueValidationTestNotices(now: Date = new Date()): Promise<number> {
  const db = await getDb();
  const sessions = await db.trainingSession.findMany({
    where: {
      status: "SCHEDULED",
      endsAt: { lte: now, gte: new Date(now.getTime() - LOOKBACK_DAYS * DAY_MS) },
      OR: [
        { questionnaires: { some: { kind: "VALIDATION" } } },
        { course: { questionnaires: { some: { kind: "VALIDATION" } } } },
      ],
    },
    select: {
      ...sessionMailFactsSelect,
      id: true,
      validationTestOpenDays: true,
      questionnaires: orderedQuestionnairesSelect,
      course: {
        select: {
          title: true,
          questionnaires: orderedQuestionnairesSelect,
        },
      },
    },
  });
  const open = sessions.flatMap((session) => {
    const test = effectiveQuestionnaire(
      "VALIDATION",
      session.questionnaires,
      session.course.questionnaires,
    );
    if (!test) return [];
    const window = questionnaireWindow(test, session);
    const recent =
      window.opensAt !== null && now.getTime() - window.opensAt.getTime() <= RECENT_DAYS * DAY_MS;
    return recent && windowState(window, now) === "open" && window.closesAt
      ? [{ session, testId: test.id, closesAt: window.closesAt }]
      : [];
  });
  if (open.length === 0) return 0;

  const registrations = await db.registration.findMany({
    where: {
      OR: open.map(({ session, testId }) => ({
        sessionId: session.id,
        responses: { none: { questionnaireId: testId, status: "SUBMITTED" as const } },
      })),
      status: "CONFIRMED",
      participant: { user: { anonymizedAt: null } },
    },
    select: {
      id: true,
      sessionId: true,
      participant: { select: { user: { select: { id: true, email: true, firstName: true } } } },
    },
  });
  const sent = await db.mailJob.findMany({
    where: { dedupeKey: { in: registrations.map((r) => validationNoticeKey(r.id)) } },
    select: { dedupeKey: true },
  });
  const already = new Set(sent.map((job) => job.dedupeKey));
  const bySession = new Map(open.map((entry) => [entry.session.id, entry]));
  const base = publicBaseUrl();
  let queued = 0;
  for (const registration of registrations) {
    const key = validationNoticeKey(registration.id);
    const entry = bySession.get(registration.sessionId);
    if (already.has(key) || !entry) continue;
    const user = registration.participant.user;
    queueNotice({
      kind: "validationTestOpen",
      label: "test de validation ouvert",
      userId: user.id,
      dedupeKey: key,
      build: async () =>
        validationTestOpenMail({
          to: user.email,
          firstName: user.firstName,
          session: toSessionMailFacts(entry.session),
          closesAt: entry.closesAt,
          link: `${base}${questionnaireHref(registration.id, "VALIDATION")}`,
        }),
    });
    queued++;
  }
  return queued;
}
