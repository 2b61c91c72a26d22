import { describe, expect, it } from "vitest";
import { flushMail } from "../../lib/mail/queue";
import { recordAttendance, updateCertificateRule } from "../../lib/organizations/attendance";
import { decideRegistrations } from "../../lib/organizations/registrations";
import { decideRegistrationsSchema } from "../../lib/organizations/schemas";
import { getStaffSession, listOrganizationSessions } from "../../lib/organizations/sessions";
import { setupTestDatabase } from "../support/test-database";
import { withTestOutbox } from "../support/test-outbox";
import { viewerFor } from "../support/viewers";

const { db } = setupTestDatabase("seeded");
const outbox = withTestOutbox([10, 10]);

const nadia = () => viewerFor("organisme@demo.test");

/** Pending registrations to CRFC Centre-Est sessions that may be confirmed (no positioning test missing). */
async function confirmablePending(take: number) {
  return (await db()).registration.findMany({
    where: {
      status: "PENDING",
      session: {
        organization: { name: "CRFC Centre-Est" },
        status: "SCHEDULED",
        OR: [
          { positioningRequired: false },
          {
            registrations: {
              some: {
                responses: {
                  some: { status: "SUBMITTED", questionnaire: { kind: "POSITIONING" } },
                },
              },
            },
          },
        ],
      },
      OR: [
        { session: { positioningRequired: false } },
        { responses: { some: { status: "SUBMITTED", questionnaire: { kind: "POSITIONING" } } } },
      ],
    },
    select: {
      id: true,
      sessionId: true,
      participant: { select: { user: { select: { email: true } } } },
    },
    orderBy: { id: "asc" },
    take,
  });
}

describe("organization back office: sessions", () => {
  it("lists only the organization's sessions, upcoming or ended, searchable", async () => {
    const viewer = await nadia();
    const upcoming = await listOrganizationSessions(viewer, { period: "upcoming" });
    expect(upcoming.length).toBeGreaterThan(0);
    expect(new Set(upcoming.map((s) => s.organizationName))).toEqual(new Set(["CRFC Centre-Est"]));
    const safir = await listOrganizationSessions(viewer, { period: "upcoming", q: "safir 2" });
    expect(safir.map((s) => s.title)).toContain("FORMATION SAFIR 2");
    const ended = await listOrganizationSessions(viewer, { period: "ended" });
    expect(ended.every((s) => s.endsAt < new Date())).toBe(true);
  });
});

describe("confirm and refuse", () => {
  it("confirms a pending registration: status, history, audit, e-mail with the convocation", async () => {
    const viewer = await nadia();
    const [pending] = await confirmablePending(1);
    expect(pending).toBeDefined();
    const outcomes = await decideRegistrations(viewer, {
      sessionId: pending!.sessionId,
      registrationIds: [pending!.id],
      decision: "confirm",
    });
    expect(outcomes).toEqual([
      expect.objectContaining({ registrationId: pending!.id, changed: true }),
    ]);

    const row = await (
      await db()
    ).registration.findUniqueOrThrow({
      where: { id: pending!.id },
      select: {
        status: true,
        confirmedAt: true,
        history: { orderBy: { changedAt: "desc" }, take: 1 },
      },
    });
    expect(row.status).toBe("CONFIRMED");
    expect(row.confirmedAt).not.toBeNull();
    expect(row.history[0]).toMatchObject({
      fromStatus: "PENDING",
      toStatus: "CONFIRMED",
      changedById: viewer.id,
    });
    const audit = await (
      await db()
    ).auditLog.findFirst({
      where: { entityId: pending!.id, action: "registration.confirmed" },
    });
    expect(audit).toMatchObject({ actorUserId: viewer.id, entityType: "Registration" });

    await flushMail();
    const mails = (await outbox.read()).filter(
      (m) =>
        m.to === pending!.participant.user.email && m.subject.startsWith("Inscription confirmée"),
    );
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toContain("est confirmée");
    expect(mails[0]!.html).toContain('<html lang="fr">');
    expect(mails[0]!.attachments).toHaveLength(1);
    expect(mails[0]!.attachments[0]!.filename).toMatch(/^Convocation .*\.pdf$/);
    expect(
      Buffer.from(mails[0]!.attachments[0]!.contentBase64, "base64").subarray(0, 5).toString(),
    ).toBe("%PDF-");

    // Again: a no-op with a French message, no second history row, no second e-mail.
    const again = await decideRegistrations(viewer, {
      sessionId: pending!.sessionId,
      registrationIds: [pending!.id],
      decision: "confirm",
    });
    expect(again?.[0]).toMatchObject({
      changed: false,
      message: "inscription déjà confirmée : rien à faire.",
    });
    expect(
      await (
        await db()
      ).registrationStatusChange.count({
        where: { registrationId: pending!.id, toStatus: "CONFIRMED" },
      }),
    ).toBe(1);
    await flushMail();
    expect(
      (await outbox.read()).filter(
        (m) =>
          m.to === pending!.participant.user.email && m.subject.startsWith("Inscription confirmée"),
      ),
    ).toHaveLength(1);
  });

  it("leaves a cancelled registration as it is, with a message", async () => {
    const viewer = await nadia();
    const cancelled = await (
      await db()
    ).registration.findFirst({
      where: { status: "CANCELLED", session: { organization: { name: "CRFC Centre-Est" } } },
      select: { id: true, sessionId: true },
    });
    const target =
      cancelled ??
      (await (async () => {
        const [p] = await confirmablePending(3).then((r) => r.slice(-1));
        await (
          await db()
        ).registration.update({ where: { id: p!.id }, data: { status: "CANCELLED" } });
        return p!;
      })());
    const outcomes = await decideRegistrations(viewer, {
      sessionId: target.sessionId,
      registrationIds: [target.id],
      decision: "confirm",
    });
    expect(outcomes?.[0]).toMatchObject({
      changed: false,
      message: "inscription annulée : elle ne peut plus être confirmée.",
    });
    expect(
      (await (await db()).registration.findUniqueOrThrow({ where: { id: target.id } })).status,
    ).toBe("CANCELLED");
  });

  it("refuses in bulk with a reason: history, audit and one e-mail each", async () => {
    const viewer = await nadia();
    const pending = await (
      await db()
    ).registration.findMany({
      where: { status: "PENDING", session: { organization: { name: "CRFC Centre-Est" } } },
      select: {
        id: true,
        sessionId: true,
        participant: { select: { user: { select: { email: true } } } },
      },
    });
    // Two of one session (bulk acts on one session's list).
    const bySession = new Map<string, typeof pending>();
    for (const p of pending) bySession.set(p.sessionId, [...(bySession.get(p.sessionId) ?? []), p]);
    const group = [...bySession.values()].find((g) => g.length >= 2)?.slice(0, 2);
    expect(group).toBeDefined();
    const outcomes = await decideRegistrations(viewer, {
      sessionId: group![0]!.sessionId,
      registrationIds: group!.map((g) => g.id),
      decision: "refuse",
      reason: "Session complète",
    });
    expect(outcomes?.every((o) => o.changed)).toBe(true);
    const rows = await (
      await db()
    ).registration.findMany({
      where: { id: { in: group!.map((g) => g.id) } },
      select: { status: true, statusReason: true, history: { where: { toStatus: "REFUSED" } } },
    });
    expect(rows.every((r) => r.status === "REFUSED" && r.statusReason === "Session complète")).toBe(
      true,
    );
    expect(rows.every((r) => r.history[0]?.reason === "Session complète")).toBe(true);
    expect(
      await (
        await db()
      ).auditLog.count({
        where: { action: "registration.refused", entityId: { in: group!.map((g) => g.id) } },
      }),
    ).toBe(2);
    await flushMail();
    const refused = (await outbox.read()).filter((m) =>
      m.subject.startsWith("Inscription refusée"),
    );
    for (const g of group!) {
      const mail = refused.find((m) => m.to === g.participant.user.email);
      expect(mail?.text).toContain("Motif : Session complète");
    }
  });

  it("asks for a reason to refuse (the schema shared by form and action)", () => {
    const parsed = decideRegistrationsSchema.safeParse({
      sessionId: "s",
      registrationIds: ["r"],
      decision: "refuse",
      reason: "",
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toMatch(/motif/);
  });
});

describe("attendance and certificate rule", () => {
  it("records émargement per slot, audits changes, and makes the attendance rule pass", async () => {
    const viewer = await nadia();
    const registration = await (
      await db()
    ).registration.findFirstOrThrow({
      where: {
        status: "CONFIRMED",
        session: { organization: { name: "CRFC Centre-Est" }, slots: { some: {} } },
      },
      select: {
        id: true,
        sessionId: true,
        session: { select: { slots: { select: { id: true } } } },
      },
    });
    expect(
      await updateCertificateRule(viewer, {
        sessionId: registration.sessionId,
        rule: "ATTENDANCE",
        minAttendancePercent: 100,
        passPercent: 50,
      }),
    ).toBe(true);
    for (const slot of registration.session.slots) {
      const result = await recordAttendance(viewer, {
        sessionId: registration.sessionId,
        slotId: slot.id,
        marks: [{ registrationId: registration.id, status: "PRESENT" }],
      });
      expect(result).not.toBeNull();
    }
    const details = await getStaffSession(viewer, registration.sessionId);
    const row = details!.registrations.find((r) => r.id === registration.id)!;
    expect(Object.values(row.attendance)).toEqual(registration.session.slots.map(() => "PRESENT"));
    expect(details!.certificateRule).toBe("ATTENDANCE");
    const present = registration.session.slots.length;
    expect(
      present * 100 >= details!.certificateMinAttendancePercent * registration.session.slots.length,
    ).toBe(true);
    // Recording the same mark again changes nothing; a correction is audited.
    const slotId = registration.session.slots[0]!.id;
    expect(
      await recordAttendance(viewer, {
        sessionId: registration.sessionId,
        slotId,
        marks: [{ registrationId: registration.id, status: "PRESENT" }],
      }),
    ).toEqual({ changed: 0 });
    expect(
      await recordAttendance(viewer, {
        sessionId: registration.sessionId,
        slotId,
        marks: [{ registrationId: registration.id, status: "ABSENT" }],
      }),
    ).toEqual({ changed: 1 });
    const audit = await (
      await db()
    ).auditLog.findFirst({
      where: { action: "attendance.recorded", entityId: registration.id },
      orderBy: { at: "desc" },
    });
    expect(audit?.data).toMatchObject({ slotId, from: "PRESENT", to: "ABSENT" });
  });
});
