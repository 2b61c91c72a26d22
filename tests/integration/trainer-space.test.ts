import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signOwnPresence } from "../../lib/attendance/self-sign";
import { currentSelfSignCode } from "../../lib/attendance/self-sign-code";
import { correctSheet, recordSlotMarks, signSheet } from "../../lib/attendance/sheet";
import { getSheetDocument } from "../../lib/attendance/sheet-document";
import { getAuthSecret } from "../../lib/auth/secret";
import type { ParticipantViewer, Viewer } from "../../lib/auth/load-viewer";
import { flushMail } from "../../lib/mail/queue";
import { staffSessionWhere } from "../../lib/organizations/access";
import { recordAttendance } from "../../lib/organizations/attendance";
import { addSessionTrainer, removeSessionTrainer } from "../../lib/organizations/trainers";
import { createMemoryStore } from "../../lib/security/rate-limit-memory-store";
import { setRateLimitStoreForTests } from "../../lib/security/rate-limit";
import {
  revokeTrainerFeed,
  rotateTrainerFeed,
  trainerFeedCalendar,
  trainerSessionCalendar,
} from "../../lib/trainers/calendar";
import { trainerSessionWhere } from "../../lib/scopes/trainer";
import { getTrainerSession, listTrainerSessions } from "../../lib/trainers/sessions";
import { trainerSlotCode } from "../../lib/trainers/slot-code";
import { setupTestDatabase } from "../support/test-database";
import { participantViewerFor, viewerFor } from "../support/viewers";

/**
 * The Espace formateur's promises: a trainer reaches only the sessions he is
 * assigned to; the attendance sheet refuses, in French and without changing
 * anything, what the issue lists (signing twice, a participant of another
 * session, a code of another slot or after the slot, guessing codes); a
 * signed sheet changes only by an audited correction with its reason.
 */
const { db } = setupTestDatabase("seeded");
let outbox: string;
let marc: Viewer;
let julie: Viewer;
let nadia: Viewer;
let claire: ParticipantViewer;
let safir3: { id: string; slot: { id: string; startsAt: Date; endsAt: Date } };
let otherRegistrationId: string;
const BASE = "http://localhost:3000";

beforeAll(async () => {
  outbox = await fs.mkdtemp(path.join(os.tmpdir(), "parcours-outbox-"));
  process.env.OUTBOX_DIR = outbox;
  setRateLimitStoreForTests(createMemoryStore());
  marc = await viewerFor("formateur@demo.test");
  julie = await viewerFor("formateur2@demo.test");
  nadia = await viewerFor("organisme@demo.test");
  claire = await participantViewerFor("participant@demo.test");
  const session = await (
    await db()
  ).trainingSession.findFirstOrThrow({
    where: { course: { title: "FORMATION SAFIR 3" }, organization: { name: "CRFC Centre-Est" } },
    select: {
      id: true,
      slots: { select: { id: true, startsAt: true, endsAt: true }, orderBy: { startsAt: "asc" } },
    },
  });
  safir3 = { id: session.id, slot: session.slots[0]! };
  const other = await (
    await db()
  ).registration.findFirstOrThrow({
    where: { status: "CONFIRMED", sessionId: { not: session.id } },
    select: { id: true },
  });
  otherRegistrationId = other.id;
});

afterAll(async () => {
  setRateLimitStoreForTests(null);
  await flushMail();
  delete process.env.OUTBOX_DIR;
  await fs.rm(outbox, { recursive: true, force: true });
});

const during = (minutes: number) => new Date(safir3.slot.startsAt.getTime() + minutes * 60_000);

async function attendanceRows() {
  return (await db()).attendance.findMany({
    where: { slotId: safir3.slot.id },
    select: { registrationId: true, status: true, method: true },
    orderBy: { registrationId: "asc" },
  });
}

async function claireRegistration() {
  return (await db()).registration.findFirstOrThrow({
    where: { participantId: claire.participantId, sessionId: safir3.id },
    select: { id: true },
  });
}

describe("the viewer", () => {
  it("knows the trainer's sessions and offers the Espace formateur", () => {
    // SAFIR 2 and 3, the ended session, and the e-learning session he tutors.
    expect(marc.trainerSessions).toBe(4);
    expect(marc.spaces).toEqual(["trainer"]);
    expect(claire.trainerSessions).toBe(0);
    expect(claire.spaces).not.toContain("trainer");
  });
});

describe("Mes sessions à animer", () => {
  it("lists SAFIR 2 and 3 (and his e-learning) as upcoming, the signed session as ended, to Marc only", async () => {
    const upcoming = await listTrainerSessions(marc, { vue: "prochaines", page: 1 });
    const taught = upcoming.cards.filter((c) => c.modality !== "ELEARNING");
    expect(taught.map((c) => c.title).sort()).toEqual(["FORMATION SAFIR 2", "FORMATION SAFIR 3"]);
    expect(upcoming.cards.filter((c) => c.modality === "ELEARNING")).toHaveLength(1);
    const s3 = upcoming.cards.find((c) => c.title === "FORMATION SAFIR 3")!;
    expect(s3).toMatchObject({ place: "En ligne", organizationName: "CRFC Centre-Est" });
    expect(s3.confirmedParticipants).toBeGreaterThanOrEqual(1);
    const ended = await listTrainerSessions(marc, { vue: "terminees", page: 1 });
    expect(ended.total).toBe(1);
    const searched = await listTrainerSessions(marc, { vue: "prochaines", q: "safir 3", page: 1 });
    expect(searched.cards.map((c) => c.title)).toEqual(["FORMATION SAFIR 3"]);
    const theirs = await listTrainerSessions(julie, { vue: "prochaines", page: 1 });
    expect(theirs.cards.map((c) => c.title)).not.toContain("FORMATION SAFIR 3");
  });

  it("shows Marc the confirmed participants with name, firm and positioning, nothing else", async () => {
    const details = await getTrainerSession(marc, safir3.id);
    const row = details!.participants.find((p) => p.name === "Claire Martin")!;
    expect(row.companyName).toBe("Cabinet Delorme & Associés");
    expect(Object.keys(row).sort()).toEqual(
      ["attendance", "companyName", "joinedSlots", "name", "positioning", "registrationId"].sort(),
    );
  });
});

describe("another trainer", () => {
  it("gets nothing of Marc's session: page, .ics, PDF, code, marks, signature", async () => {
    const before = await attendanceRows();
    const scope = trainerSessionWhere(julie, safir3.id)!;
    expect(await getTrainerSession(julie, safir3.id)).toBeNull();
    expect(await trainerSessionCalendar(julie, safir3.id, BASE)).toBeNull();
    expect(await getSheetDocument(scope, safir3.id)).toBeNull();
    expect(
      await trainerSlotCode(
        julie,
        { sessionId: safir3.id, slotId: safir3.slot.id },
        BASE,
        during(5),
      ),
    ).toBeNull();
    const { id: claireId } = await claireRegistration();
    expect(
      await recordSlotMarks(julie, scope, "TRAINER", {
        slotId: safir3.slot.id,
        marks: [{ registrationId: claireId, status: "ABSENT" }],
      }),
    ).toBeNull();
    expect(await signSheet(julie, scope, { slotId: safir3.slot.id }, during(30))).toBeNull();
    expect(await attendanceRows()).toEqual(before);
  });
});

describe("the calendar feed", () => {
  it("serves the owner's sessions by token; a wrong, rotated or revoked token gets nothing", async () => {
    const token = await rotateTrainerFeed(marc);
    expect(await trainerFeedCalendar(token, BASE)).toContain("FORMATION SAFIR 3");
    expect(await trainerFeedCalendar("x".repeat(43), BASE)).toBeNull();
    expect(await trainerFeedCalendar("mauvais", BASE)).toBeNull();
    const renewed = await rotateTrainerFeed(marc);
    expect(await trainerFeedCalendar(token, BASE)).toBeNull();
    expect(await trainerFeedCalendar(renewed, BASE)).toContain("BEGIN:VCALENDAR");
    expect(await revokeTrainerFeed(marc)).toBe(true);
    expect(await trainerFeedCalendar(renewed, BASE)).toBeNull();
    const single = await trainerSessionCalendar(marc, safir3.id, BASE);
    expect(single?.ics).toContain("FOCUS V4");
  });
});

describe("Signer ma présence", () => {
  it("stops guessing: five wrong codes block, and even the right code then changes nothing", async () => {
    const before = await attendanceRows();
    const input = { slotId: safir3.slot.id };
    let last;
    for (const code of ["000000", "111111", "222222", "333333", "444444"]) {
      last = await signOwnPresence(claire, { ...input, code }, during(5));
      expect(last?.ok).toBe(false);
    }
    expect(last).toMatchObject({ ok: false, message: expect.stringMatching(/Trop de tentatives/) });
    const right = currentSelfSignCode(getAuthSecret(), safir3.slot.id, during(6)).code;
    expect(await signOwnPresence(claire, { ...input, code: right }, during(6))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/Trop de tentatives/),
    });
    expect(await attendanceRows()).toEqual(before);
    setRateLimitStoreForTests(createMemoryStore());
  });

  it("refuses a code of another slot and a code after the slot", async () => {
    const before = await attendanceRows();
    const otherSlot = await (
      await db()
    ).sessionSlot.findFirstOrThrow({
      where: { id: { not: safir3.slot.id } },
      select: { id: true },
    });
    const foreign = currentSelfSignCode(getAuthSecret(), otherSlot.id, during(5)).code;
    expect(
      await signOwnPresence(claire, { slotId: safir3.slot.id, code: foreign }, during(5)),
    ).toMatchObject({ ok: false, message: expect.stringMatching(/Code incorrect/) });
    const after = new Date(safir3.slot.endsAt.getTime() + 60_000);
    const late = currentSelfSignCode(getAuthSecret(), safir3.slot.id, after).code;
    expect(
      await signOwnPresence(claire, { slotId: safir3.slot.id, code: late }, after),
    ).toMatchObject({ ok: false, message: expect.stringMatching(/close/) });
    // Another participant's slot: not hers at all.
    const notHers = await (
      await db()
    ).sessionSlot.findFirstOrThrow({
      where: { session: { registrations: { none: { participantId: claire.participantId } } } },
      select: { id: true },
    });
    const code = currentSelfSignCode(getAuthSecret(), notHers.id, during(5)).code;
    expect(await signOwnPresence(claire, { slotId: notHers.id, code }, during(5))).toBeNull();
    expect(await attendanceRows()).toEqual(before);
  });

  it("signs with the slot's code shown by the trainer, once", async () => {
    const shown = await trainerSlotCode(
      marc,
      { sessionId: safir3.id, slotId: safir3.slot.id },
      BASE,
      during(10),
    );
    expect(shown).toMatchObject({ open: true });
    const code = shown!.open ? shown!.code : "";
    expect(
      await signOwnPresence(claire, { slotId: safir3.slot.id, code }, during(10)),
    ).toMatchObject({ ok: true });
    const { id } = await claireRegistration();
    expect((await attendanceRows()).find((r) => r.registrationId === id)).toMatchObject({
      status: "PRESENT",
      method: "SELF",
    });
    expect(
      await signOwnPresence(claire, { slotId: safir3.slot.id, code }, during(11)),
    ).toMatchObject({ ok: false, message: expect.stringMatching(/déjà enregistrée/) });
  });
});

describe("the attendance sheet", () => {
  it("refuses a participant of another session and an incoherent late mark, changing nothing", async () => {
    const scope = trainerSessionWhere(marc, safir3.id)!;
    const before = await attendanceRows();
    const { id } = await claireRegistration();
    expect(
      await recordSlotMarks(marc, scope, "TRAINER", {
        slotId: safir3.slot.id,
        marks: [
          { registrationId: id, status: "PRESENT" },
          { registrationId: otherRegistrationId, status: "PRESENT" },
        ],
      }),
    ).toBeNull();
    expect(
      await recordSlotMarks(marc, scope, "TRAINER", {
        slotId: safir3.slot.id,
        marks: [{ registrationId: id, status: "LATE" }],
      }),
    ).toMatchObject({ ok: false, message: expect.stringMatching(/heure d'arrivée/) });
    expect(await attendanceRows()).toEqual(before);
  });

  it("is signed once every participant has a mark, then frozen; signing twice is refused", async () => {
    const scope = trainerSessionWhere(marc, safir3.id)!;
    expect(await signSheet(marc, scope, { slotId: safir3.slot.id }, during(-5))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/une fois la séance commencée/),
    });
    const confirmed = await (
      await db()
    ).registration.findMany({
      where: { sessionId: safir3.id, status: "CONFIRMED" },
      select: { id: true },
    });
    const { id: claireId } = await claireRegistration();
    const others = confirmed.filter((r) => r.id !== claireId);
    if (others.length > 0) {
      expect(await signSheet(marc, scope, { slotId: safir3.slot.id }, during(20))).toMatchObject({
        ok: false,
        message: expect.stringMatching(/sans statut/),
      });
      const recorded = await recordSlotMarks(
        marc,
        scope,
        "TRAINER",
        {
          slotId: safir3.slot.id,
          marks: others.map((r, i) =>
            i === 0
              ? { registrationId: r.id, status: "LATE" as const, arrivedAt: "09:25" }
              : { registrationId: r.id, status: "PRESENT" as const },
          ),
        },
        during(20),
      );
      expect(recorded).toMatchObject({ ok: true });
    }
    expect(await signSheet(marc, scope, { slotId: safir3.slot.id }, during(30))).toEqual({
      ok: true,
      value: { version: 1 },
    });
    const frozen = await attendanceRows();
    expect(await signSheet(marc, scope, { slotId: safir3.slot.id }, during(31))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/déjà signée/),
    });
    expect(
      await recordSlotMarks(marc, scope, "TRAINER", {
        slotId: safir3.slot.id,
        marks: [{ registrationId: claireId, status: "ABSENT" }],
      }),
    ).toMatchObject({ ok: false, message: expect.stringMatching(/correction motivée/) });
    expect(
      await recordAttendance(nadia, {
        sessionId: safir3.id,
        slotId: safir3.slot.id,
        marks: [{ registrationId: claireId, status: "ABSENT" }],
      }),
    ).toMatchObject({ refused: expect.stringMatching(/correction motivée/) });
    expect(await attendanceRows()).toEqual(frozen);
  });

  it("changes only by a correction with its reason: a new version, audited, both in the PDF data", async () => {
    const scope = trainerSessionWhere(marc, safir3.id)!;
    const { id: claireId } = await claireRegistration();
    expect(
      await correctSheet(marc, scope, "TRAINER", {
        slotId: safir3.slot.id,
        marks: [{ registrationId: claireId, status: "PRESENT" }],
        reason: "Aucun changement",
      }),
    ).toMatchObject({ ok: false, message: expect.stringMatching(/rien n'a été corrigé/) });
    expect(
      await correctSheet(
        marc,
        scope,
        "TRAINER",
        {
          slotId: safir3.slot.id,
          marks: [{ registrationId: claireId, status: "LATE", arrivedAt: "09:40" }],
          reason: "Arrivée à 9h40, vérifiée avec la participante",
        },
        during(60),
      ),
    ).toEqual({ ok: true, value: { version: 2, changed: 1 } });
    const audit = await (
      await db()
    ).auditLog.findMany({
      where: { entityId: safir3.slot.id, action: { startsWith: "attendance.sheet_" } },
      select: { action: true, actorUserId: true, data: true },
      orderBy: { at: "asc" },
    });
    expect(audit.map((a) => a.action)).toEqual([
      "attendance.sheet_signed",
      "attendance.sheet_corrected",
    ]);
    expect(audit[1]).toMatchObject({
      actorUserId: marc.id,
      data: { version: 2, reason: "Arrivée à 9h40, vérifiée avec la participante" },
    });
    // The organization reads the same sheet.
    const forStaff = await getSheetDocument(staffSessionWhere(nadia, safir3.id)!, safir3.id);
    const slot = forStaff!.slots[0]!;
    expect(slot.sheets.map((v) => v.version)).toEqual([1, 2]);
    expect(slot.sheets[0]!.signedBy).toBe("Marc Lefèvre");
    expect(slot.rows.find((r) => r.name === "Claire Martin")).toMatchObject({
      status: "LATE",
      method: "TRAINER",
    });
  });
});

describe("the organization's Formateurs", () => {
  it("adds a trainer by e-mail (inviting a new person) and removes him, audited; others get 404", async () => {
    const other = await (
      await db()
    ).organizationStaff.findFirstOrThrow({
      where: { organization: { name: { not: "CRFC Centre-Est" } } },
      select: { user: { select: { email: true } } },
    });
    const outsider = await viewerFor(other.user.email);
    const input = {
      sessionId: safir3.id,
      email: "nouveau.formateur@exemple.test",
      firstName: "Paul",
      lastName: "Durand",
    };
    expect(await addSessionTrainer(outsider, input)).toBeNull();
    expect(await addSessionTrainer(nadia, input)).toEqual({ outcome: "added", invited: true });
    expect(await addSessionTrainer(nadia, input)).toEqual({ outcome: "already" });
    const paul = await viewerFor(input.email);
    expect(paul.trainerSessions).toBe(1);
    expect(paul.participantId).toBeNull();
    expect(await getTrainerSession(paul, safir3.id)).not.toBeNull();
    const row = await (
      await db()
    ).sessionTrainer.findFirstOrThrow({
      where: { sessionId: safir3.id, userId: paul.id },
      select: { id: true },
    });
    expect(
      await removeSessionTrainer(outsider, { sessionId: safir3.id, trainerId: row.id }),
    ).toBeNull();
    expect(await removeSessionTrainer(nadia, { sessionId: safir3.id, trainerId: row.id })).toBe(
      true,
    );
    expect(await getTrainerSession(await viewerFor(input.email), safir3.id)).toBeNull();
    const actions = await (
      await db()
    ).auditLog.findMany({
      where: { entityId: safir3.id, action: { startsWith: "session.trainer_" } },
      select: { action: true },
      orderBy: { at: "asc" },
    });
    expect(actions.map((a) => a.action)).toEqual([
      "session.trainer_added",
      "session.trainer_removed",
    ]);
  });
});
