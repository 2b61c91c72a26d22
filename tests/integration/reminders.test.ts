import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { parisTime } from "../../lib/dates/paris";
import type { NotificationChoice } from "../../lib/db/generated/enums";
import { flushMail } from "../../lib/mail/queue";
import type { OutboxMessage } from "../../lib/mail/outbox";
import { sendWeeklyDigests } from "../../lib/notifications/digest";
import { verifyUnsubscribeToken } from "../../lib/notifications/unsubscribe-token";
import {
  MAX_PER_RULE_AND_PASS,
  reminderKey,
  runReminderPass,
  runRule,
} from "../../lib/reminders/pass";
import { REMINDER_RULES } from "../../lib/reminders/rules";
import { setupTestDatabase } from "../support/test-database";
import { withTestOutbox } from "../support/test-outbox";

/*
 * Every reminder rule with a moved clock (the demo's data, its dates placed
 * in the future): each offset once, nothing after the thing is done, nothing
 * in quiet hours, nothing to "Jamais", held for the weekly digest, which
 * gathers a week into one e-mail.
 */
const { db } = setupTestDatabase("seeded");
const outbox = withTestOutbox([10, 10]);

const DAY = 86_400_000;
const HOUR = 3_600_000;
const CLAIRE = "participant@demo.test";
const before = (event: Date, days: number, hours = 0) =>
  new Date(event.getTime() - days * DAY + hours * HOUR);

const rule = (key: string) => REMINDER_RULES.find((r) => r.key === key)!;
async function run(key: string, now: Date): Promise<number> {
  const queued = await runRule(rule(key), now);
  await flushMail();
  return queued;
}

let claire: { userId: string; participantId: string };
const registrationOf = async (reference: string) =>
  (await db()).registration.findFirstOrThrow({
    where: { participantId: claire.participantId, session: { reference } },
    select: { id: true, sessionId: true },
  });

async function choose(
  category: "ELEARNING" | "QUESTIONNAIRES" | "SESSIONS" | "CONTINUING_EDUCATION",
  choice: NotificationChoice,
) {
  await (
    await db()
  ).notificationPreference.upsert({
    where: { userId_category: { userId: claire.userId, category } },
    create: { userId: claire.userId, category, choice },
    update: { choice },
  });
}

const jobsOf = async (prefix: string) =>
  (await db()).mailJob.findMany({
    where: { dedupeKey: { startsWith: prefix } },
    select: { dedupeKey: true, status: true },
    orderBy: { createdAt: "asc" },
  });

/** A fresh start for a registration's reminders (the tests move one registration's dates). */
const forget = async (prefix: string) =>
  (await db()).mailJob.deleteMany({ where: { dedupeKey: { startsWith: prefix } } });

const mailsToClaire = async (subject: RegExp): Promise<OutboxMessage[]> =>
  (await outbox.read()).filter((m) => m.to === CLAIRE && subject.test(m.subject));

beforeAll(async () => {
  const user = await (
    await db()
  ).user.findUniqueOrThrow({
    where: { email: CLAIRE },
    select: { id: true, participant: { select: { id: true } } },
  });
  claire = { userId: user.id, participantId: user.participant!.id };
});

afterEach(async () => {
  await (await db()).notificationPreference.deleteMany({ where: { userId: claire.userId } });
});

describe("e-learning access ending (J-14, J-7, J-2)", () => {
  let registrationId: string;
  const placeAccessEnd = async (closesAt: Date) => {
    const registration = await registrationOf("20.01.SOC0018.23");
    registrationId = registration.id;
    await forget(`reminder:elearning-access-ending:${registrationId}:`);
    await (
      await db()
    ).registration.update({
      where: { id: registration.id },
      data: { elearningAccessStartsAt: new Date(closesAt.getTime() - 90 * DAY) },
    });
  };
  const key = (offset: number) => reminderKey("elearning-access-ending", registrationId, offset);

  it("reminds at each offset, once, with the units left and the unsubscribe headers", async () => {
    const closesAt = parisTime(2027, 6, 16, 10, 0);
    await placeAccessEnd(closesAt);
    const prefix = `reminder:elearning-access-ending:${registrationId}:`;

    await run("elearning-access-ending", before(closesAt, 15));
    expect(await jobsOf(prefix)).toEqual([]);
    await run("elearning-access-ending", before(closesAt, 14, 1));
    await run("elearning-access-ending", before(closesAt, 14, 3));
    await run("elearning-access-ending", before(closesAt, 7, 1));
    await run("elearning-access-ending", before(closesAt, 7, 2));
    await run("elearning-access-ending", before(closesAt, 2, 1));
    expect((await jobsOf(prefix)).map((j) => [j.dedupeKey, j.status])).toEqual([
      [key(14), "SENT"],
      [key(7), "SENT"],
      [key(2), "SENT"],
    ]);
    const mails = await mailsToClaire(/^Votre accès au module e-learning se termine/);
    expect(mails.map((m) => m.subject)).toEqual([
      "Votre accès au module e-learning se termine dans 14 jours",
      "Votre accès au module e-learning se termine dans 7 jours",
      "Votre accès au module e-learning se termine dans 2 jours",
    ]);
    const [first] = mails;
    expect(first!.text).toMatch(/se termine le 16\/06\/2027/);
    expect(first!.text).toMatch(/Unités terminées : 0 sur \d+/);
    expect(first!.text).toContain(`/sessions/${registrationId}/module`);
    expect(first!.headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    const token = /\/api\/desinscription\/([^>]+)>$/.exec(first!.headers["List-Unsubscribe"]!)![1];
    expect(verifyUnsubscribeToken(token)).toMatchObject({
      ok: true,
      claims: { userId: claire.userId, categories: ["ELEARNING"] },
    });
  });

  it("drops a reminder whose moment passed by more than a day (the worker was down)", async () => {
    const closesAt = parisTime(2027, 7, 21, 10, 0);
    await placeAccessEnd(closesAt);
    await run("elearning-access-ending", before(closesAt, 14, 25));
    expect(await jobsOf(key(14))).toEqual([]);
    await run("elearning-access-ending", before(closesAt, 7, 5));
    expect(await jobsOf(`reminder:elearning-access-ending:${registrationId}:`)).toEqual([
      { dedupeKey: key(7), status: "SENT" },
    ]);
  });

  it("says nothing once every unit is done", async () => {
    const closesAt = parisTime(2027, 9, 15, 10, 0);
    await placeAccessEnd(closesAt);
    const units = await (
      await db()
    ).elearningUnit.findMany({
      where: {
        module: {
          course: { sessions: { some: { registrations: { some: { id: registrationId } } } } },
        },
      },
      select: { id: true },
    });
    expect(units.length).toBeGreaterThan(0);
    for (const unit of units) {
      await (
        await db()
      ).elearningProgress.upsert({
        where: { registrationId_unitId: { registrationId, unitId: unit.id } },
        create: { registrationId, unitId: unit.id, status: "COMPLETED", completedAt: new Date() },
        update: { status: "COMPLETED", completedAt: new Date() },
      });
    }
    const sentBefore = (await mailsToClaire(/module e-learning/)).length;
    expect(await run("elearning-access-ending", before(closesAt, 7, 1))).toBe(0);
    expect((await mailsToClaire(/module e-learning/)).length).toBe(sentBefore);
    await (await db()).elearningProgress.deleteMany({ where: { registrationId } });
  });

  it("waits through quiet hours (20h-8h, Paris) and goes in the morning", async () => {
    // The J-7 moment falls at 21h: nothing at 21h30, the reminder at 8h05 the next day.
    const closesAt = parisTime(2027, 11, 17, 21, 0);
    await placeAccessEnd(closesAt);
    const evening = await runReminderPass(before(closesAt, 7, 0.5), {
      rules: [rule("elearning-access-ending")],
    });
    expect(evening).toMatchObject({ quiet: true, queued: {} });
    expect(await jobsOf(key(7))).toEqual([]);
    const morning = await runReminderPass(parisTime(2027, 11, 11, 8, 5), {
      rules: [rule("elearning-access-ending")],
    });
    await flushMail();
    expect(morning.quiet).toBe(false);
    expect(await jobsOf(key(7))).toEqual([{ dedupeKey: key(7), status: "SENT" }]);
  });

  it("sends nothing to « Jamais », and holds for the digest what « Résumé hebdomadaire » asks", async () => {
    const closesAt = parisTime(2028, 2, 16, 10, 0);
    await placeAccessEnd(closesAt);
    await choose("ELEARNING", "NEVER");
    await run("elearning-access-ending", before(closesAt, 14, 1));
    expect(await jobsOf(key(14))).toEqual([]);
    await choose("ELEARNING", "WEEKLY_DIGEST");
    const sent = (await outbox.read()).length;
    await run("elearning-access-ending", before(closesAt, 7, 1));
    expect(await jobsOf(key(7))).toEqual([{ dedupeKey: key(7), status: "HELD" }]);
    expect((await outbox.read()).length).toBe(sent);
  });
});

describe("questionnaire closing (J-3, J-1)", () => {
  it("reminds of the satisfaction survey until it is answered", async () => {
    const registration = await registrationOf("06230008");
    const survey = await (
      await db()
    ).questionnaire.findFirstOrThrow({
      where: { sessionId: registration.sessionId, kind: "SATISFACTION" },
      select: { id: true },
    });
    const closesAt = parisTime(2027, 4, 15);
    await (await db()).questionnaire.update({ where: { id: survey.id }, data: { closesAt } });
    const key = (offset: number) =>
      reminderKey("questionnaire-closing", `${registration.id}:SATISFACTION`, offset);

    await run("questionnaire-closing", before(closesAt, 4, 9));
    expect(await jobsOf(key(3))).toEqual([]);
    await run("questionnaire-closing", before(closesAt, 3, 9));
    await run("questionnaire-closing", before(closesAt, 3, 10));
    expect(await jobsOf(key(3))).toEqual([{ dedupeKey: key(3), status: "SENT" }]);
    const [mail] = await mailsToClaire(/^Le questionnaire de satisfaction se clôt dans 3 jours$/);
    expect(mail!.text).toContain("Il se clôt le 15/04/2027");
    expect(mail!.text).toContain(`/sessions/${registration.id}/questionnaires/satisfaction`);

    await (
      await db()
    ).questionnaireResponse.create({
      data: {
        questionnaireId: survey.id,
        registrationId: registration.id,
        status: "SUBMITTED",
        submittedAt: new Date(),
      },
    });
    await run("questionnaire-closing", before(closesAt, 1, 9));
    expect(await jobsOf(key(1))).toEqual([]);
  });
});

describe("session starting (J-2)", () => {
  it("sends the convocation, the place and the positioning test still to answer", async () => {
    // SAFIR 2: in person, with a positioning test Claire has not answered; confirmed here.
    const registration = await registrationOf("20230117");
    const startsAt = parisTime(2027, 5, 20, 14, 0);
    await (
      await db()
    ).registration.update({ where: { id: registration.id }, data: { status: "CONFIRMED" } });
    await (
      await db()
    ).trainingSession.update({
      where: { id: registration.sessionId },
      data: { startsAt, endsAt: new Date(startsAt.getTime() + DAY) },
    });
    const key = reminderKey("session-starting", registration.id, 2);
    await run("session-starting", before(startsAt, 3));
    expect(await jobsOf(key)).toEqual([]);
    await run("session-starting", before(startsAt, 2, 1));
    await run("session-starting", before(startsAt, 1, 20));
    expect(await jobsOf(key)).toEqual([{ dedupeKey: key, status: "SENT" }]);
    const [mail] = await mailsToClaire(/^Votre session commence le 20\/05\/2027/);
    expect(mail!.text).toContain("Lieu : ");
    expect(mail!.text).toContain("Répondre au test de positionnement");
    expect(mail!.attachments.map((a) => a.contentType)).toEqual(["application/pdf"]);
  });
});

describe("continuing-education duty (October)", () => {
  it("reminds participants under the year's 20 h once in October, never later", async () => {
    await (
      await db()
    ).participant.update({
      where: { id: claire.participantId },
      data: { profession: "EXPERT_COMPTABLE" },
    });
    const key = reminderKey("continuing-education-october", `${claire.participantId}:2030`, 0);
    await run("continuing-education-october", parisTime(2030, 9, 30, 9));
    expect(await jobsOf(key)).toEqual([]);
    // Every participant of the demo with the duty is under 20 h in 2030: a pass queues
    // at most MAX_PER_RULE_AND_PASS of them, the next passes the rest, then nothing.
    const passes: number[] = [];
    for (let queued = -1; queued !== 0 && passes.length < 100;) {
      queued = await run("continuing-education-october", parisTime(2030, 10, 2, 9));
      passes.push(queued);
    }
    expect(Math.max(...passes)).toBeLessThanOrEqual(MAX_PER_RULE_AND_PASS);
    expect(passes.at(-1)).toBe(0);
    await run("continuing-education-october", parisTime(2030, 10, 20, 9));
    expect(await jobsOf(key)).toEqual([{ dedupeKey: key, status: "SENT" }]);
    const [mail] = await mailsToClaire(/^Formation continue 2030 : 20h00 à compléter$/);
    expect(mail!.text).toContain("totalisent 0h00");

    const next = reminderKey("continuing-education-october", `${claire.participantId}:2031`, 0);
    await run("continuing-education-october", parisTime(2031, 11, 2, 9));
    expect(await jobsOf(next)).toEqual([]);
    await choose("CONTINUING_EDUCATION", "NEVER");
    await run("continuing-education-october", parisTime(2031, 10, 3, 9));
    expect(await jobsOf(next)).toEqual([]);
  });
});

describe("weekly digest", () => {
  it("gathers a week's held notices into one e-mail on Monday, never twice, never empty", async () => {
    await choose("ELEARNING", "WEEKLY_DIGEST");
    await choose("QUESTIONNAIRES", "WEEKLY_DIGEST");
    const registration = await registrationOf("06230008");
    await (
      await db()
    ).questionnaireResponse.deleteMany({ where: { registrationId: registration.id } });
    await forget(`reminder:questionnaire-closing:${registration.id}:`);
    const survey = await (
      await db()
    ).questionnaire.findFirstOrThrow({
      where: { sessionId: registration.sessionId, kind: "SATISFACTION" },
      select: { id: true },
    });
    // Thursday 2 March 2028 and Friday 3: one questionnaire, one e-learning reminder, held.
    const closesAt = parisTime(2028, 3, 6);
    await (await db()).questionnaire.update({ where: { id: survey.id }, data: { closesAt } });
    await run("questionnaire-closing", parisTime(2028, 3, 3, 9));
    const held = await (
      await db()
    ).mailJob.findMany({ where: { userId: claire.userId, status: "HELD" }, select: { id: true } });
    // The e-learning J-7 reminder of February is still held as well (previous describe).
    expect(held.length).toBeGreaterThanOrEqual(2);

    const sent = (await outbox.read()).length;
    expect(await sendWeeklyDigests(parisTime(2028, 3, 5, 9))).toBe(0); // a Sunday
    expect(await sendWeeklyDigests(parisTime(2028, 3, 6, 9))).toBe(1);
    await flushMail();
    expect(await sendWeeklyDigests(parisTime(2028, 3, 6, 10))).toBe(0);
    await flushMail();
    const digests = (await outbox.read()).slice(sent);
    expect(digests.map((m) => [m.to, m.subject])).toEqual([
      [CLAIRE, `Votre résumé de la semaine : ${held.length} messages`],
    ]);
    const [digest] = digests;
    expect(digest!.text).toContain("Le questionnaire de satisfaction se clôt dans 3 jours");
    expect(digest!.text).toContain("Votre accès au module e-learning se termine dans 7 jours");
    expect(digest!.headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    expect(
      await (
        await db()
      ).mailJob.count({ where: { id: { in: held.map((h) => h.id) }, status: "DIGESTED" } }),
    ).toBe(held.length);
    // Nothing held any more: next Monday has no digest.
    expect(await sendWeeklyDigests(parisTime(2028, 3, 13, 9))).toBe(0);
  });
});
