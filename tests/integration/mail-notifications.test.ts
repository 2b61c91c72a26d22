import { afterEach, describe, expect, it, vi } from "vitest";
import { certificateNoticeKey } from "../../lib/certificates/notice";
import { mailWorkerTick } from "../../lib/jobs/mail-worker";
import {
  drainMail,
  flushMail,
  queueMail,
  resumeDueMail,
  setRetryDelaysForTests,
} from "../../lib/mail/queue";
import { setTransportForTests } from "../../lib/mail/transport";
import { recordAttendance } from "../../lib/organizations/attendance";
import { sessionLogisticsSchema } from "../../lib/organizations/schemas";
import {
  getSessionLogistics,
  slotFormValues,
  updateSessionLogistics,
} from "../../lib/organizations/session-logistics";
import { validationNoticeKey } from "../../lib/questionnaires/validation-notice";
import { setupTestDatabase } from "../support/test-database";
import { withTestOutbox } from "../support/test-outbox";
import { viewerFor } from "../support/viewers";

const { db } = setupTestDatabase("seeded");
const outbox = withTestOutbox([10, 10]);
afterEach(async () => {
  await flushMail();
  setTransportForTests(null);
});

const nadia = () => viewerFor("organisme@demo.test");
const message = (to: string) => async () => ({
  to,
  subject: "Sujet",
  text: "Texte",
  html: "<p>Texte</p>",
});

describe("durable mail queue", () => {
  it("stores a message whose sending failed, and any later process sends it", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const send = vi.fn().mockRejectedValue(new Error("SMTP indisponible"));
    setTransportForTests({ send });
    setRetryDelaysForTests([60_000]);
    queueMail("test", message("durable@exemple.test"));
    // Let the first attempt fail, then stop as a shutting-down server would.
    await vi.waitFor(() => expect(send).toHaveBeenCalledTimes(1), { timeout: 30_000 });
    await vi.waitFor(
      async () =>
        expect(
          (await (await db()).mailJob.findFirst({ where: { to: "durable@exemple.test" } }))
            ?.lastError,
        ).toBe("SMTP indisponible"),
      { timeout: 30_000 },
    );
    await drainMail();
    const job = await (
      await db()
    ).mailJob.findFirstOrThrow({ where: { to: "durable@exemple.test" } });
    expect(job).toMatchObject({ status: "PENDING", attempts: 1, lastError: "SMTP indisponible" });

    // "The next process": the transport works again and the retry is due.
    setTransportForTests(null);
    setRetryDelaysForTests([10, 10]);
    // A minute later, its retry is due.
    await (
      await db()
    ).mailJob.update({
      where: { id: job.id },
      data: { nextAttemptAt: new Date(Date.now() - 1_000) },
    });
    expect(await resumeDueMail()).toBe(1);
    await flushMail();
    const sent = await (await db()).mailJob.findUniqueOrThrow({ where: { id: job.id } });
    expect(sent).toMatchObject({ status: "SENT", attempts: 2 });
    expect((await outbox.read()).filter((m) => m.to === "durable@exemple.test")).toHaveLength(1);
    warn.mockRestore();
  });

  it("never writes to an erased account's placeholder address", async () => {
    queueMail("test", message("ckabc@anonymise.invalid"));
    await flushMail();
    expect(await (await db()).mailJob.count({ where: { to: "ckabc@anonymise.invalid" } })).toBe(0);
  });

  it("sends a notification once per dedupe key, even queued twice at once", async () => {
    queueMail("test", message("once@exemple.test"), { dedupeKey: "test:once" });
    queueMail("test", message("once@exemple.test"), { dedupeKey: "test:once" });
    await flushMail();
    queueMail("test", message("once@exemple.test"), { dedupeKey: "test:once" });
    await flushMail();
    expect(await (await db()).mailJob.count({ where: { dedupeKey: "test:once" } })).toBe(1);
    expect((await outbox.read()).filter((m) => m.to === "once@exemple.test")).toHaveLength(1);
  });
});

describe("certificate available", () => {
  it("is announced once when the recorded attendance makes the rule pass", async () => {
    const viewer = await nadia();
    const target = await (
      await db()
    ).registration.findFirstOrThrow({
      where: {
        status: "CONFIRMED",
        documents: { none: {} },
        session: {
          organization: { name: "CRFC Centre-Est" },
          status: "SCHEDULED",
          modality: "IN_PERSON",
          certificateRule: "ATTENDANCE",
          endsAt: { lt: new Date() },
          slots: { some: {} },
        },
      },
      select: {
        id: true,
        sessionId: true,
        participant: { select: { user: { select: { email: true } } } },
        session: { select: { endsAt: true, slots: { select: { id: true } } } },
      },
    });
    const after = new Date(target.session.endsAt.getTime() + 3_600_000);
    for (const slot of target.session.slots) {
      await recordAttendance(
        viewer,
        {
          sessionId: target.sessionId,
          slotId: slot.id,
          marks: [{ registrationId: target.id, status: "ABSENT" }],
        },
        after,
      );
    }
    await flushMail();
    const key = certificateNoticeKey(target.id);
    expect(await (await db()).mailJob.count({ where: { dedupeKey: key } })).toBe(0);

    for (const slot of target.session.slots) {
      await recordAttendance(
        viewer,
        {
          sessionId: target.sessionId,
          slotId: slot.id,
          marks: [{ registrationId: target.id, status: "PRESENT" }],
        },
        after,
      );
    }
    await flushMail();
    await mailWorkerTick(after); // the worker's sweep finds it already announced
    await flushMail();
    const jobs = await (await db()).mailJob.findMany({ where: { dedupeKey: key } });
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({ status: "SENT", to: target.participant.user.email });
    const mail = (await outbox.read()).filter(
      (m) => m.to === target.participant.user.email && m.subject.includes("attestation"),
    );
    expect(mail).toHaveLength(1);
    expect(mail[0]!.text).toContain(`/sessions/${target.id}`);
  });
});

describe("validation test open", () => {
  it("tells confirmed participants who have not answered, once, when the window opens", async () => {
    const session = await (
      await db()
    ).trainingSession.findFirstOrThrow({
      where: {
        status: "SCHEDULED",
        registrations: { some: { status: "CONFIRMED" } },
        OR: [
          { questionnaires: { some: { kind: "VALIDATION" } } },
          { course: { questionnaires: { some: { kind: "VALIDATION" } } } },
        ],
        questionnaires: { none: { kind: "VALIDATION", opensAt: { not: null } } },
      },
      select: {
        id: true,
        endsAt: true,
        registrations: { select: { id: true, status: true } },
      },
    });
    const now = new Date(session.endsAt.getTime() + 3_600_000);
    await mailWorkerTick(now);
    await flushMail();
    const keys = session.registrations.map((r) => validationNoticeKey(r.id));
    const jobs = await (await db()).mailJob.findMany({ where: { dedupeKey: { in: keys } } });
    const confirmed = session.registrations.filter((r) => r.status === "CONFIRMED");
    expect(jobs.length).toBeGreaterThan(0);
    expect(jobs.length).toBeLessThanOrEqual(confirmed.length);
    expect(jobs.every((job) => keys.includes(job.dedupeKey!))).toBe(true);
    const mail = (await outbox.read()).filter((m) => m.subject.includes("Test de validation"));
    expect(mail.some((m) => m.text.includes("/questionnaires/"))).toBe(true);

    await mailWorkerTick(now);
    await flushMail();
    expect(await (await db()).mailJob.count({ where: { dedupeKey: { in: keys } } })).toBe(
      jobs.length,
    );
    // Weeks later, a late worker does not announce a window about to close.
    const late = new Date(session.endsAt.getTime() + 9 * 86_400_000);
    await (await db()).mailJob.deleteMany({ where: { dedupeKey: { in: keys } } });
    await mailWorkerTick(late);
    await flushMail();
    expect(await (await db()).mailJob.count({ where: { dedupeKey: { in: keys } } })).toBe(0);
  });
});

describe("session changed (Qualiopi indicator 9)", () => {
  async function upcomingSession() {
    return (await db()).trainingSession.findFirstOrThrow({
      where: {
        organization: { name: "CRFC Centre-Est" },
        status: "SCHEDULED",
        modality: "IN_PERSON",
        startsAt: { gt: new Date(Date.now() + 7 * 86_400_000) },
        registrations: { some: { status: { in: ["PENDING", "CONFIRMED"] } } },
        slots: { some: {} },
      },
      select: { id: true },
    });
  }

  it("moves a sitting, audits it and e-mails every pending or confirmed participant", async () => {
    const viewer = await nadia();
    const { id } = await upcomingSession();
    const loaded = (await getSessionLogistics(viewer, id))!;
    const values = sessionLogisticsSchema.parse({
      sessionId: id,
      venueId: loaded.venueId ?? "",
      placeLabel: loaded.placeLabel ?? "",
      joinUrl: loaded.joinUrl ?? "",
      slots: loaded.slots.map(slotFormValues),
    });
    expect(await updateSessionLogistics(viewer, values)).toEqual({ ok: true, changes: [] });

    const first = values.slots[0]!;
    const [y, m, d] = first.date.split("-").map(Number) as [number, number, number];
    const nextDay = new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
    const moved = { ...values, slots: [{ ...first, date: nextDay }, ...values.slots.slice(1)] };
    const outcome = await updateSessionLogistics(viewer, moved);
    expect(outcome).toMatchObject({ ok: true });
    expect(outcome?.ok && outcome.changes[0]).toContain("→");
    await flushMail();

    const after = (await getSessionLogistics(viewer, id))!;
    expect(slotFormValues(after.slots.find((s) => s.id === first.slotId)!).date).toBe(nextDay);
    const audit = await (
      await db()
    ).auditLog.findFirst({
      where: { action: "session.updated", entityId: id },
    });
    expect(audit?.actorUserId).toBe(viewer.id);
    const recipients = await (
      await db()
    ).registration.findMany({
      where: { sessionId: id, status: { in: ["PENDING", "CONFIRMED"] } },
      select: { participant: { select: { user: { select: { email: true } } } } },
    });
    const mail = (await outbox.read()).filter((m) =>
      m.subject.startsWith("Modification de votre session"),
    );
    for (const r of recipients) {
      expect(mail.filter((m) => m.to === r.participant.user.email).length).toBeGreaterThanOrEqual(
        1,
      );
    }
    expect(mail[0]!.text).toContain("a été modifiée");
  });

  it("refuses with field messages and changes nothing", async () => {
    const viewer = await nadia();
    const { id } = await upcomingSession();
    const loaded = (await getSessionLogistics(viewer, id))!;
    const slots = loaded.slots.map(slotFormValues);
    const parsed = sessionLogisticsSchema.safeParse({
      sessionId: id,
      venueId: "",
      placeLabel: "",
      joinUrl: "ftp://exemple",
      slots: [{ ...slots[0]!, startTime: "14:00", endTime: "09:00" }],
    });
    expect(parsed.success).toBe(false);
    const paths = parsed.error!.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["joinUrl", "slots.0.endTime"]));

    const past = await updateSessionLogistics(viewer, {
      sessionId: id,
      venueId: loaded.venueId ?? "",
      placeLabel: loaded.placeLabel ?? "",
      joinUrl: "",
      slots: slots.map((s, i) => (i === 0 ? { ...s, date: "2020-01-06" } : s)),
    });
    expect(past).toMatchObject({ ok: false, field: "slots.0.date" });
    const unknownVenue = await updateSessionLogistics(viewer, {
      sessionId: id,
      venueId: "venue-of-someone-else",
      placeLabel: loaded.placeLabel ?? "",
      joinUrl: "",
      slots,
    });
    expect(unknownVenue).toMatchObject({ ok: false, field: "venueId" });
    const unchanged = (await getSessionLogistics(viewer, id))!;
    expect(unchanged.slots.map(slotFormValues)).toEqual(slots);
  });

  it("answers null (then 404) to another organization's staff and for foreign slots", async () => {
    const { id } = await upcomingSession();
    const claire = await viewerFor("participant@demo.test");
    expect(await getSessionLogistics(claire, id)).toBeNull();
    const viewer = await nadia();
    const loaded = (await getSessionLogistics(viewer, id))!;
    const other = await (
      await db()
    ).sessionSlot.findFirstOrThrow({
      where: { sessionId: { not: id } },
      select: { id: true },
    });
    const slots = loaded.slots.map(slotFormValues);
    expect(
      await updateSessionLogistics(viewer, {
        sessionId: id,
        venueId: "",
        placeLabel: "",
        joinUrl: "",
        slots: [{ ...slots[0]!, slotId: other.id }, ...slots.slice(1)],
      }),
    ).toBeNull();
    expect(
      await updateSessionLogistics(claire, {
        sessionId: id,
        venueId: "",
        placeLabel: "",
        joinUrl: "",
        slots,
      }),
    ).toBeNull();
  });
});
