import { afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "../../lib/auth/load-viewer";
import { addDays, isoWeekLabel, parisTime, parisWeekMonday } from "../../lib/dates/paris";
import type { InternshipDocumentState, NotificationChoice } from "../../lib/db/generated/enums";
import { getMyDossier } from "../../lib/internships/dossier";
import type { OutboxMessage } from "../../lib/mail/outbox";
import { flushMail } from "../../lib/mail/queue";
import { reminderKey, runReminderPass, runRule } from "../../lib/reminders/pass";
import { REMINDER_RULES } from "../../lib/reminders/rules";
import { setupTestDatabase } from "../support/test-database";
import { withTestOutbox } from "../support/test-outbox";
import { viewerFor } from "../support/viewers";

/*
 * The internship reminders with a moved clock, on the demo stage (Lucas
 * Moreau, report 2 in draft, due within the month; Julien Delorme his maître,
 * Hélène Garnier and Bernard Vasseur his contrôleurs): the stagiaire's
 * deadlines at J-30, J-7, J-1, once, not after the transmission, not in quiet
 * hours, locked on; the weekly digest of what waits for the maître and the
 * contrôleurs, once a week, none when nothing waits, none to « Jamais ».
 */
const { db } = setupTestDatabase("seeded");
const outbox = withTestOutbox([10, 10]);

const DAY = 86_400_000;
const HOUR = 3_600_000;
const LUCAS = "stagiaire@demo.test";
const JULIEN = "manager@demo.test";
const HELENE = "controleur@demo.test";
const before = (event: Date, days: number, hours = 0) =>
  new Date(event.getTime() - days * DAY + hours * HOUR);

const rule = (key: string) => REMINDER_RULES.find((r) => r.key === key)!;
async function run(key: string, now: Date): Promise<number> {
  const queued = await runRule(rule(key), now);
  await flushMail();
  return queued;
}

let lucas: Viewer;
let julien: Viewer;
let helene: Viewer;
let report2: { id: string; subjectId: string; due: Date; dueAt: Date; dueText: string };

const jobsOf = async (prefix: string) =>
  (await db()).mailJob.findMany({
    where: { dedupeKey: { startsWith: prefix } },
    select: { dedupeKey: true, status: true },
    orderBy: { createdAt: "asc" },
  });
const forget = async (prefix: string) =>
  (await db()).mailJob.deleteMany({ where: { dedupeKey: { startsWith: prefix } } });
const mailsTo = async (to: string, subject: RegExp): Promise<OutboxMessage[]> =>
  (await outbox.read()).filter((m) => m.to === to && subject.test(m.subject));

async function choose(userId: string, choice: NotificationChoice) {
  await (
    await db()
  ).notificationPreference.upsert({
    where: { userId_category: { userId, category: "INTERNSHIP" } },
    create: { userId, category: "INTERNSHIP", choice },
    update: { choice },
  });
}
const setReport2 = async (state: InternshipDocumentState) =>
  (await db()).internshipDocument.update({
    where: { id: report2.id },
    data: { state, stateChangedAt: new Date() },
  });

beforeAll(async () => {
  lucas = await viewerFor(LUCAS);
  julien = await viewerFor(JULIEN);
  helene = await viewerFor(HELENE);
  const dossier = (await getMyDossier(lucas))!;
  const obligation = dossier.obligations.find((o) => o.key === "report-2")!;
  const due = obligation.due;
  report2 = {
    id: obligation.documentId!,
    subjectId: `${dossier.id}:report-2:${due.toISOString().slice(0, 10)}`,
    due,
    dueAt: parisTime(due.getUTCFullYear(), due.getUTCMonth() + 1, due.getUTCDate()),
    dueText: `${String(due.getUTCDate()).padStart(2, "0")}/${String(due.getUTCMonth() + 1).padStart(2, "0")}/${due.getUTCFullYear()}`,
  };
});

afterEach(async () => {
  await (
    await db()
  ).notificationPreference.deleteMany({
    where: { userId: { in: [lucas.id, julien.id, helene.id] } },
  });
  await setReport2("DRAFT");
});

describe("internship deadlines (J-30, J-7, J-1, stagiaire)", () => {
  const prefix = () => `reminder:internship-deadline:${report2.subjectId}:`;
  const key = (offset: number) => reminderKey("internship-deadline", report2.subjectId, offset);

  it("reminds the stagiaire at each offset, once, with the due day and the document's page", async () => {
    await forget(prefix());
    await run("internship-deadline", before(report2.dueAt, 31, 9));
    expect(await jobsOf(prefix())).toEqual([]);
    await run("internship-deadline", before(report2.dueAt, 30, 9));
    await run("internship-deadline", before(report2.dueAt, 30, 15));
    await run("internship-deadline", before(report2.dueAt, 7, 9));
    await run("internship-deadline", before(report2.dueAt, 7, 19));
    await run("internship-deadline", before(report2.dueAt, 1, 9));
    await run("internship-deadline", before(report2.dueAt, 0, 9));
    expect((await jobsOf(prefix())).map((j) => [j.dedupeKey, j.status])).toEqual([
      [key(30), "SENT"],
      [key(7), "SENT"],
      [key(1), "SENT"],
    ]);
    const mails = await mailsTo(LUCAS, /^Rapport semestriel 2 : à remettre/);
    expect(mails.map((m) => m.subject)).toEqual([
      "Rapport semestriel 2 : à remettre dans 30 jours",
      "Rapport semestriel 2 : à remettre dans 7 jours",
      "Rapport semestriel 2 : à remettre demain",
    ]);
    expect(mails[0]!.text).toContain(`avant le ${report2.dueText}`);
    expect(mails[0]!.text).toContain("Un retard peut invalider 2 mois de stage.");
    expect(mails[0]!.text).toContain("/stage/rapports/2");
    // Locked on: no one-click unsubscribe on a deadline.
    expect(mails[0]!.headers["List-Unsubscribe"]).toBeUndefined();
  });

  it("says nothing once the document is transmitted, validated or filed", async () => {
    for (const state of ["SUBMITTED_TO_SUPERVISOR", "ENDORSED", "VALIDATED", "FILED"] as const) {
      await forget(prefix());
      await setReport2(state);
      await run("internship-deadline", before(report2.dueAt, 7, 9));
      expect(await jobsOf(prefix())).toEqual([]);
    }
    // Returned by the maître: to do again, so reminded.
    await setReport2("RETURNED");
    await run("internship-deadline", before(report2.dueAt, 7, 9));
    expect(await jobsOf(prefix())).toEqual([{ dedupeKey: key(7), status: "SENT" }]);
  });

  it("waits through quiet hours and drops a moment passed by more than a day", async () => {
    await forget(prefix());
    // J-1 begins at midnight: nothing at 0h30, the reminder at 8h05.
    const night = await runReminderPass(before(report2.dueAt, 1, 0.5), {
      rules: [rule("internship-deadline")],
    });
    expect(night).toMatchObject({ quiet: true, queued: {} });
    expect(await jobsOf(prefix())).toEqual([]);
    await runReminderPass(before(report2.dueAt, 1, 8 + 1 / 12), {
      rules: [rule("internship-deadline")],
    });
    await flushMail();
    expect(await jobsOf(prefix())).toEqual([{ dedupeKey: key(1), status: "SENT" }]);

    // The worker was down from J-30 to J-28: the J-30 reminder is dropped, J-7 goes.
    await forget(prefix());
    await run("internship-deadline", before(report2.dueAt, 28, 9));
    expect(await jobsOf(prefix())).toEqual([]);
  });

  it("is locked on: « Jamais » for « Stage » does not silence a deadline", async () => {
    await forget(prefix());
    await choose(lucas.id, "NEVER");
    await run("internship-deadline", before(report2.dueAt, 7, 9));
    expect(await jobsOf(prefix())).toEqual([{ dedupeKey: key(7), status: "SENT" }]);
  });

  it("reminds a moved deadline again (a suspension moves the due dates)", async () => {
    await forget(prefix());
    await run("internship-deadline", before(report2.dueAt, 7, 9));
    const dossier = (await getMyDossier(lucas))!;
    const suspension = await (
      await db()
    ).internshipSuspension.create({
      data: {
        internshipId: dossier.id,
        startDate: addDays(report2.due, -40),
        endDate: addDays(report2.due, -40 + 30),
        reason: "Congé",
      },
    });
    try {
      const moved = (await getMyDossier(lucas))!.obligations.find((o) => o.key === "report-2")!;
      expect(moved.due.getTime()).toBeGreaterThan(report2.dueAt.getTime());
      const movedAt = parisTime(
        moved.due.getUTCFullYear(),
        moved.due.getUTCMonth() + 1,
        moved.due.getUTCDate(),
      );
      // The old J-1 is no deadline any more; the new J-7 goes.
      await run("internship-deadline", before(report2.dueAt, 1, 9));
      expect(await jobsOf(prefix())).toEqual([{ dedupeKey: key(7), status: "SENT" }]);
      await run("internship-deadline", before(movedAt, 7, 9));
      const movedSubject = `${dossier.id}:report-2:${moved.due.toISOString().slice(0, 10)}`;
      expect(await jobsOf(`reminder:internship-deadline:${movedSubject}:`)).toEqual([
        { dedupeKey: reminderKey("internship-deadline", movedSubject, 7), status: "SENT" },
      ]);
    } finally {
      await (await db()).internshipSuspension.delete({ where: { id: suspension.id } });
    }
  });
});

describe("weekly digest of the maître and the contrôleurs", () => {
  // A Monday after the seeding day, in the sending hours.
  const mondayDay = addDays(parisWeekMonday(new Date()), 14);
  const monday = parisTime(
    mondayDay.getUTCFullYear(),
    mondayDay.getUTCMonth() + 1,
    mondayDay.getUTCDate(),
    9,
  );
  const week = isoWeekLabel(mondayDay);
  const digestKey = (viewer: Viewer, w = week) =>
    reminderKey("internship-weekly-digest", `${viewer.id}:${w}`, 0);
  const forgetDigests = () => forget("reminder:internship-weekly-digest:");

  it("sends nothing to the maître when nothing waits for him", async () => {
    await forgetDigests();
    await run("internship-weekly-digest", monday);
    expect(await jobsOf(digestKey(julien))).toEqual([]);
    // The contrôleurs have the late training day of year 1 in their portfolio.
    expect(await jobsOf(digestKey(helene))).toEqual([
      { dedupeKey: digestKey(helene), status: "SENT" },
    ]);
    const [mail] = await mailsTo(HELENE, /^Stage : /);
    expect(mail!.text).toContain("En retard dans votre portefeuille :");
    expect(mail!.text).toContain("Lucas Moreau : Jours de formation (année 1)");
    expect(mail!.headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
  });

  it("tells the maître what waits for his visa, once a week, and again the next week", async () => {
    await forgetDigests();
    await setReport2("SUBMITTED_TO_SUPERVISOR");
    const sent = (await mailsTo(JULIEN, /^Stage : /)).length;
    await run("internship-weekly-digest", monday);
    await run("internship-weekly-digest", new Date(monday.getTime() + 5 * HOUR));
    expect(await jobsOf(digestKey(julien))).toEqual([
      { dedupeKey: digestKey(julien), status: "SENT" },
    ]);
    // Wednesday: nothing more this week.
    await run("internship-weekly-digest", new Date(monday.getTime() + 2 * DAY));
    const mails = (await mailsTo(JULIEN, /^Stage : /)).slice(sent);
    expect(mails.map((m) => m.subject)).toEqual(["Stage : 1 point vous attend cette semaine"]);
    expect(mails[0]!.text).toContain("À viser (maître de stage) :");
    expect(mails[0]!.text).toContain("Lucas Moreau : Rapport semestriel 2, transmis le");
    expect(mails[0]!.text).toContain("/maitre-de-stage");

    const nextMonday = new Date(monday.getTime() + 7 * DAY);
    await run("internship-weekly-digest", nextMonday);
    const nextWeek = isoWeekLabel(addDays(mondayDay, 7));
    expect(await jobsOf(digestKey(julien, nextWeek))).toEqual([
      { dedupeKey: digestKey(julien, nextWeek), status: "SENT" },
    ]);
  });

  it("tells the contrôleur what waits for his validation", async () => {
    await forgetDigests();
    await setReport2("SUBMITTED_TO_CONTROLLER");
    await run("internship-weekly-digest", monday);
    expect(await jobsOf(digestKey(julien))).toEqual([]);
    const [mail] = (await mailsTo(HELENE, /^Stage : /)).slice(-1);
    expect(mail!.text).toContain("À valider (contrôle de stage) :");
    expect(mail!.text).toContain("Lucas Moreau : Rapport semestriel 2, transmis le");
    expect(mail!.text).toContain("/controle-de-stage?filtre=attente");
  });

  it("sends nothing to « Jamais », nor in quiet hours, and one digest to « Résumé hebdomadaire »", async () => {
    await forgetDigests();
    await setReport2("SUBMITTED_TO_SUPERVISOR");
    await choose(julien.id, "NEVER");
    await run("internship-weekly-digest", monday);
    expect(await jobsOf(digestKey(julien))).toEqual([]);

    await choose(julien.id, "WEEKLY_DIGEST");
    const early = await runReminderPass(new Date(monday.getTime() - 2 * HOUR), {
      rules: [rule("internship-weekly-digest")],
    });
    expect(early.quiet).toBe(true);
    expect(await jobsOf(digestKey(julien))).toEqual([]);
    await runReminderPass(monday, { rules: [rule("internship-weekly-digest")] });
    await flushMail();
    // Already weekly: sent, not held for the general digest.
    expect(await jobsOf(digestKey(julien))).toEqual([
      { dedupeKey: digestKey(julien), status: "SENT" },
    ]);
  });
});
