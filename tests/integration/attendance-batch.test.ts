import { beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "../../lib/auth/load-viewer";
import { recordSlotMarks, signSheet, type MarkEntry } from "../../lib/attendance/sheet";
import { parisParts, parisTime } from "../../lib/dates/paris";
import { recordAttendance } from "../../lib/organizations/attendance";
import { countQueries } from "../../lib/db/query-count";
import { trainerSessionWhere } from "../../lib/scopes/trainer";
import { getTrainerSession } from "../../lib/trainers/sessions";
import { setupTestDatabase } from "../support/test-database";
import { viewerFor } from "../support/viewers";

/**
 * An émargement of a full group (the bench's 40 participants) is written in a
 * handful of statements, whatever the group's size: exactly the marks that
 * change, one audit row each, nothing on a second identical submission; a
 * signature racing a submission never leaves marks the signed sheet does not show.
 */
const { db } = setupTestDatabase("seeded");
const GROUP = 40;
let marc: Viewer;
let session: { id: string; slots: { id: string; startsAt: Date; endsAt: Date }[] };
let registrationIds: string[];

beforeAll(async () => {
  marc = await viewerFor("formateur@demo.test");
  const prisma = await db();
  // One of Marc's sessions with two slots, neither signed yet.
  const found = await prisma.trainingSession.findMany({
    where: {
      ...trainerSessionWhere(marc)!,
      modality: { not: "ELEARNING" },
      slots: { some: {}, none: { sheets: { some: {} } } },
    },
    select: {
      id: true,
      slots: { select: { id: true, startsAt: true, endsAt: true }, orderBy: { startsAt: "asc" } },
    },
    orderBy: { startsAt: "asc" },
  });
  session = found.find((s) => s.slots.length >= 2)!;
  expect(session).toBeDefined();
  // A group of its own (confirmed registrations already there are left unmarked here).
  const users = await prisma.user.createManyAndReturn({
    data: Array.from({ length: GROUP }, (_, i) => ({
      email: `groupe-${i}@batch.test`,
      firstName: `Prénom${i}`,
      lastName: `Nom${String(i).padStart(2, "0")}`,
    })),
    select: { id: true },
  });
  const participants = await prisma.participant.createManyAndReturn({
    data: users.map((u) => ({ userId: u.id, kind: "PRIVATE" as const })),
    select: { id: true },
  });
  const registrations = await prisma.registration.createManyAndReturn({
    data: participants.map((p) => ({
      participantId: p.id,
      sessionId: session.id,
      status: "CONFIRMED" as const,
    })),
    select: { id: true },
  });
  registrationIds = registrations.map((r) => r.id);
});

const scope = () => trainerSessionWhere(marc, session.id)!;

async function marksOf(slotId: string) {
  return (await db()).attendance.findMany({
    where: { slotId, registrationId: { in: registrationIds } },
    select: {
      registrationId: true,
      status: true,
      method: true,
      arrivedAt: true,
      leftAt: true,
      signedAt: true,
      recordedAt: true,
    },
    orderBy: { registrationId: "asc" },
  });
}

async function auditOf(slotId: string) {
  const rows = await (
    await db()
  ).auditLog.findMany({
    where: { action: "attendance.recorded", entityId: { in: registrationIds } },
    select: { entityId: true, actorUserId: true, organizationId: true, data: true, at: true },
    orderBy: [{ at: "asc" }, { entityId: "asc" }],
  });
  return rows.filter((r) => (r.data as { slotId?: string }).slotId === slotId);
}

/** A slot's marks as stored, and as its signed version 1 froze them. */
async function liveMarks(slotId: string, ids: string[]) {
  const rows = await (
    await db()
  ).attendance.findMany({
    where: { slotId, registrationId: { in: ids } },
    select: { registrationId: true, status: true },
  });
  return rows.map((m) => `${m.registrationId}:${m.status}`).sort();
}

async function frozenMarks(slotId: string) {
  const sheet = await (
    await db()
  ).attendanceSheet.findFirstOrThrow({ where: { slotId, version: 1 }, select: { marks: true } });
  return (sheet.marks as { registrationId: string; status: string }[])
    .map((m) => `${m.registrationId}:${m.status}`)
    .sort();
}

const all = (status: MarkEntry["status"], ids = registrationIds): MarkEntry[] =>
  ids.map((registrationId) => ({ registrationId, status }));

describe("a group's émargement", () => {
  it("writes the 40 marks and their 40 audit rows, then nothing for the same sheet again", async () => {
    const slot = session.slots[0]!;
    const prisma = await db();
    // Before: one participant signed herself, another is marked absent by the organization.
    const at = new Date(slot.startsAt.getTime() + 5 * 60_000);
    await prisma.attendance.createMany({
      data: [
        {
          registrationId: registrationIds[0]!,
          slotId: slot.id,
          status: "PRESENT",
          method: "SELF",
          signedAt: at,
          recordedAt: at,
        },
        {
          registrationId: registrationIds[1]!,
          slotId: slot.id,
          status: "ABSENT",
          method: "ORGANIZATION",
          signedAt: at,
          recordedAt: at,
        },
      ],
    });
    const day = parisParts(slot.startsAt);
    const clock = (minutes: number) => {
      const t = parisParts(new Date(slot.startsAt.getTime() + minutes * 60_000));
      return {
        hhmm: `${String(t.hour).padStart(2, "0")}:${String(t.minute).padStart(2, "0")}`,
        date: parisTime(day.year, day.month, day.day, t.hour, t.minute),
      };
    };
    const arrived = clock(40);
    const left = clock(150);
    const marks: MarkEntry[] = registrationIds.map((registrationId, i) =>
      i === 2
        ? { registrationId, status: "LATE", arrivedAt: arrived.hhmm, leftAt: left.hhmm }
        : i === 3
          ? { registrationId, status: "EXCUSED" }
          : { registrationId, status: "PRESENT" },
    );
    const now = new Date(slot.startsAt.getTime() + 20 * 60_000);
    expect(
      await recordSlotMarks(marc, scope(), "TRAINER", { slotId: slot.id, marks }, now),
    ).toEqual({ ok: true, value: { changed: registrationIds.slice(1), recordedAt: now } });

    const rows = await marksOf(slot.id);
    expect(rows).toHaveLength(GROUP);
    const byId = new Map(rows.map((r) => [r.registrationId, r]));
    // Her own signature is unchanged: method and time stay hers.
    expect(byId.get(registrationIds[0]!)).toMatchObject({
      status: "PRESENT",
      method: "SELF",
      signedAt: at,
    });
    expect(byId.get(registrationIds[1]!)).toMatchObject({
      status: "PRESENT",
      method: "TRAINER",
      signedAt: now,
      recordedAt: now,
    });
    expect(byId.get(registrationIds[2]!)).toMatchObject({
      status: "LATE",
      method: "TRAINER",
      arrivedAt: arrived.date,
      leftAt: left.date,
    });
    expect(byId.get(registrationIds[3]!)).toMatchObject({ status: "EXCUSED", arrivedAt: null });
    expect(rows.filter((r) => r.method === "TRAINER")).toHaveLength(GROUP - 1);

    const audit = await auditOf(slot.id);
    expect(audit).toHaveLength(GROUP - 1);
    expect(audit.every((a) => a.actorUserId === marc.id && a.at.getTime() === now.getTime())).toBe(
      true,
    );
    expect(new Set(audit.map((a) => a.entityId))).toEqual(new Set(registrationIds.slice(1)));
    const dataOf = (id: string) => audit.find((a) => a.entityId === id)!.data;
    expect(dataOf(registrationIds[1]!)).toEqual({
      slotId: slot.id,
      from: "ABSENT",
      to: "PRESENT",
      arrivedAt: null,
      leftAt: null,
    });
    expect(dataOf(registrationIds[2]!)).toEqual({
      slotId: slot.id,
      from: null,
      to: "LATE",
      arrivedAt: arrived.date.toISOString(),
      leftAt: left.date.toISOString(),
    });

    // The same sheet again: nothing written, not even a time.
    const later = new Date(now.getTime() + 60_000);
    expect(
      await recordSlotMarks(marc, scope(), "TRAINER", { slotId: slot.id, marks }, later),
    ).toEqual({ ok: true, value: { changed: [], recordedAt: later } });
    expect(await marksOf(slot.id)).toEqual(rows);
    expect(await auditOf(slot.id)).toHaveLength(GROUP - 1);

    // One change among 40: one row, one audit entry.
    const one = marks.map((m, i) => (i === 5 ? { ...m, status: "ABSENT" as const } : m));
    expect(
      await recordSlotMarks(marc, scope(), "TRAINER", { slotId: slot.id, marks: one }, later),
    ).toEqual({ ok: true, value: { changed: [registrationIds[5]], recordedAt: later } });
    const after = await marksOf(slot.id);
    expect(after.filter((r, i) => JSON.stringify(r) !== JSON.stringify(rows[i]))).toEqual([
      expect.objectContaining({
        registrationId: registrationIds[5],
        status: "ABSENT",
        recordedAt: later,
      }),
    ]);
    expect(await auditOf(slot.id)).toHaveLength(GROUP);
  });

  it("sends as many SQL statements for 40 marks as for 4", async () => {
    const slot = session.slots[1]!;
    const send = (status: MarkEntry["status"], ids: string[]) =>
      countQueries(() =>
        recordSlotMarks(marc, scope(), "TRAINER", { slotId: slot.id, marks: all(status, ids) }),
      );
    // Each time some marks are new and some change: one insert and one update.
    expect((await send("ABSENT", registrationIds.slice(0, 2))).result).toMatchObject({ ok: true });
    const four = await send("EXCUSED", registrationIds.slice(0, 4));
    const forty = await send("PRESENT", registrationIds);
    expect(four.result).toMatchObject({
      ok: true,
      value: { changed: registrationIds.slice(0, 4) },
    });
    expect(forty.result).toMatchObject({ ok: true, value: { changed: registrationIds } });
    console.info(`émargement: ${four.queries} requêtes SQL pour 4, ${forty.queries} pour 40`);
    expect(forty.queries).toBe(four.queries);
    expect(forty.queries).toBeLessThanOrEqual(10);
  });

  it("serializes two tabs sending at once: the last one wins whole, its audit names the first's marks", async () => {
    const slot = session.slots[1]!;
    const before = await auditOf(slot.id);
    const [a, b] = await Promise.all([
      recordSlotMarks(marc, scope(), "TRAINER", { slotId: slot.id, marks: all("EXCUSED") }),
      recordSlotMarks(marc, scope(), "TRAINER", { slotId: slot.id, marks: all("ABSENT") }),
    ]);
    expect(a).toMatchObject({ ok: true, value: { changed: registrationIds } });
    expect(b).toMatchObject({ ok: true, value: { changed: registrationIds } });
    const statuses = new Set((await marksOf(slot.id)).map((r) => r.status));
    expect(statuses.size).toBe(1);
    const last = [...statuses][0]!;
    const first = last === "ABSENT" ? "EXCUSED" : "ABSENT";
    const audit = (await auditOf(slot.id)).slice(before.length);
    expect(audit).toHaveLength(2 * GROUP);
    const transitions = audit.map((x) => {
      const d = x.data as { from: string; to: string };
      return `${d.from}>${d.to}`;
    });
    expect(transitions.filter((t) => t === `PRESENT>${first}`)).toHaveLength(GROUP);
    expect(transitions.filter((t) => t === `${first}>${last}`)).toHaveLength(GROUP);
  });

  it("never keeps marks sent while the sheet was being signed that the signed sheet does not show", async () => {
    const slot = session.slots[1]!;
    // Every confirmed participant of the session needs a mark before the signature.
    const everyone = await (
      await db()
    ).registration.findMany({
      where: { sessionId: session.id, status: "CONFIRMED" },
      select: { id: true },
    });
    const ids = everyone.map((r) => r.id);
    const during = new Date(slot.startsAt.getTime() + 30 * 60_000);
    expect(
      await recordSlotMarks(marc, scope(), "TRAINER", {
        slotId: slot.id,
        marks: all("PRESENT", ids),
      }),
    ).toMatchObject({ ok: true });
    const [signed, recorded] = await Promise.all([
      signSheet(marc, scope(), { slotId: slot.id }, during),
      recordSlotMarks(marc, scope(), "TRAINER", { slotId: slot.id, marks: all("EXCUSED", ids) }),
    ]);
    expect(signed).toEqual({ ok: true, value: { version: 1 } });
    if (!recorded?.ok) expect(recorded).toMatchObject({ message: /correction motivée/ });
    expect(await liveMarks(slot.id, ids)).toEqual(await frozenMarks(slot.id));
  });
});

describe("the organization's émargement", () => {
  it("takes its turn with the trainer's signature too", async () => {
    const slot = session.slots[0]!;
    const prisma = await db();
    const { organizationId } = await prisma.trainingSession.findUniqueOrThrow({
      where: { id: session.id },
      select: { organizationId: true },
    });
    const staff = await prisma.organizationStaff.findFirstOrThrow({
      where: { organizationId },
      select: { user: { select: { email: true } } },
    });
    const nadia = await viewerFor(staff.user.email);
    const ids = (
      await prisma.registration.findMany({
        where: { sessionId: session.id, status: "CONFIRMED" },
        select: { id: true },
      })
    ).map((r) => r.id);
    expect(
      await recordSlotMarks(marc, scope(), "TRAINER", {
        slotId: slot.id,
        marks: all("PRESENT", ids),
      }),
    ).toMatchObject({ ok: true });
    const during = new Date(slot.startsAt.getTime() + 30 * 60_000);
    const [signed, recorded] = await Promise.all([
      signSheet(marc, scope(), { slotId: slot.id }, during),
      recordAttendance(nadia, {
        sessionId: session.id,
        slotId: slot.id,
        marks: all("ABSENT", ids),
      }),
    ]);
    expect(signed).toEqual({ ok: true, value: { version: 1 } });
    expect(recorded).not.toBeNull();
    if (recorded && "refused" in recorded) expect(recorded.refused).toMatch(/correction motivée/);
    expect(await liveMarks(slot.id, ids)).toEqual(await frozenMarks(slot.id));
  });
});

describe("the trainer's session page", () => {
  it("reads the group with every slot's marks in two queries", async () => {
    const { result, queries } = await countQueries(() => getTrainerSession(marc, session.id));
    expect(queries).toBeLessThanOrEqual(2);
    const group = result!.participants.filter((p) => registrationIds.includes(p.registrationId));
    expect(group).toHaveLength(GROUP);
    const stored = await (
      await db()
    ).attendance.findMany({
      where: { registrationId: { in: registrationIds } },
      select: { registrationId: true, slotId: true, status: true },
    });
    // Both slots are marked by now: each participant carries both marks, none lost.
    expect(stored.length).toBeGreaterThan(GROUP);
    for (const mark of stored) {
      const row = group.find((p) => p.registrationId === mark.registrationId)!;
      expect(row.attendance[mark.slotId]?.status).toBe(mark.status);
    }
    expect(group.reduce((n, p) => n + Object.keys(p.attendance).length, 0)).toBe(stored.length);
    // By surname (the group's are Nom00 to Nom39).
    expect(group.map((p) => p.name.split(" ")[1])).toEqual(
      Array.from({ length: GROUP }, (_, i) => `Nom${String(i).padStart(2, "0")}`),
    );
  });
});
