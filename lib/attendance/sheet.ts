import "server-only";
import { writeAudit } from "@/lib/audit/log";
import type { Viewer } from "@/lib/auth/viewer";
import { queueCertificateNotices } from "@/lib/certificates/notice";
import { parisParts, parisTime } from "@/lib/dates/paris";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/db/generated/client";
import type { AttendanceMethod, AttendanceStatus } from "@/lib/db/generated/enums";
import { isRecordId } from "@/lib/db/record-id";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { inBackground } from "@/lib/mail/queue";
import { canCountersign, markProblem, type SlotTimes } from "./sheet-rules";

/**
 * The attendance sheet of one slot, shared by the trainer's and the
 * organization's pages: marks are recorded until the trainer countersigns;
 * the signature freezes them (version 1); a later correction names its reason
 * and writes version n+1 (audited). The caller passes the sessions it may
 * touch (trainerSessionWhere or staffSessionWhere): that filter is the only
 * authorization here, and anything outside it is null (then 404).
 */
export type SheetOutcome<T> = { ok: true; value: T } | { ok: false; message: string } | null;

export type MarkEntry = {
  registrationId: string;
  status: AttendanceStatus;
  /** "HH:MM" Paris time, only for LATE. */
  arrivedAt?: string;
  leftAt?: string;
};

type Tx = Prisma.TransactionClient;

/**
 * Locks a slot's row until the transaction ends (see findSlot): whoever writes
 * marks of a sheet that a signature could freeze takes it before reading the
 * sheet's versions. The organization's émargement (lib/organizations/attendance) too.
 */
export async function lockSlotSheet(tx: Tx, slotId: string): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM "SessionSlot" WHERE "id" = ${slotId} FOR NO KEY UPDATE`;
}

/**
 * The slot, when it belongs to one of the sessions the caller may touch, with
 * its row locked until the transaction ends: submissions, signatures and
 * corrections of one sheet take turns (two tabs, two trainers, the trainer and
 * the organization), and each reads the sheet as the previous one left it.
 * FOR NO KEY UPDATE leaves the marks' foreign-key checks free (a participant's
 * own signature does not wait). The lock comes first, so that the versions read
 * next include a signature committed while this one waited.
 */
async function findSlot(tx: Tx, sessions: Prisma.TrainingSessionWhereInput, slotId: string) {
  if (!isRecordId(slotId)) return null;
  await lockSlotSheet(tx, slotId);
  return tx.sessionSlot.findFirst({
    where: { id: slotId, session: sessions },
    select: {
      id: true,
      sessionId: true,
      startsAt: true,
      endsAt: true,
      session: { select: { organizationId: true, modality: true } },
      sheets: { select: { version: true }, orderBy: { version: "desc" }, take: 1 },
    },
  });
}

/** "09:40" on the slot's Paris day. */
function timeOnSlotDay(slot: SlotTimes, hhmm: string | undefined): Date | null {
  if (!hhmm) return null;
  const match = /^(\d{2}):(\d{2})$/.exec(hhmm);
  if (!match) return null;
  const day = parisParts(slot.startsAt);
  return parisTime(day.year, day.month, day.day, Number(match[1]), Number(match[2]));
}

type CurrentMark = {
  status: AttendanceStatus;
  arrivedAt: Date | null;
  leftAt: Date | null;
};

type PreparedMark = CurrentMark & {
  registrationId: string;
  /** The mark already on the sheet, read with the registrations. */
  previous: CurrentMark | null;
};

/**
 * Checks every mark against the slot's confirmed registrations, reading their
 * current marks in the same query; refuses them all or none.
 */
async function prepareMarks(
  tx: Tx,
  slot: { id: string; sessionId: string } & SlotTimes,
  marks: readonly MarkEntry[],
): Promise<SheetOutcome<PreparedMark[]>> {
  const ids = [...new Set(marks.map((m) => m.registrationId))];
  if (ids.length !== marks.length) {
    return { ok: false, message: "Un participant figure deux fois dans l'émargement." };
  }
  const confirmed = await tx.registration.findMany({
    where: { id: { in: ids }, sessionId: slot.sessionId, status: "CONFIRMED" },
    select: {
      id: true,
      attendance: {
        where: { slotId: slot.id },
        select: { status: true, arrivedAt: true, leftAt: true },
      },
    },
  });
  // A participant of another session (or not confirmed) is not on this sheet.
  if (confirmed.length !== ids.length) return null;
  const current = new Map(confirmed.map((r) => [r.id, r.attendance[0] ?? null]));
  const prepared: PreparedMark[] = [];
  for (const mark of marks) {
    const entry = {
      registrationId: mark.registrationId,
      status: mark.status,
      arrivedAt: timeOnSlotDay(slot, mark.arrivedAt),
      leftAt: timeOnSlotDay(slot, mark.leftAt),
      previous: current.get(mark.registrationId) ?? null,
    };
    const problem = markProblem(entry, slot);
    if (problem) return { ok: false, message: problem };
    prepared.push(entry);
  }
  return { ok: true, value: prepared };
}

const sameMark = (a: CurrentMark, b: CurrentMark) =>
  a.status === b.status &&
  a.arrivedAt?.getTime() === b.arrivedAt?.getTime() &&
  a.leftAt?.getTime() === b.leftAt?.getTime();

const timestamp = (date: Date | null) =>
  date ? Prisma.sql`CAST(${date} AS timestamp(3))` : Prisma.sql`NULL::timestamp(3)`;

/**
 * Writes the marks that change, whatever their number, in at most three
 * statements: the new marks in one insert, the changed ones in one update,
 * their audit rows (one per changed mark) in one insert. Returns the registrations
 * whose mark changed.
 */
async function writeMarks(
  tx: Tx,
  viewer: Viewer,
  slot: { id: string; session: { organizationId: string } },
  marks: readonly PreparedMark[],
  method: AttendanceMethod,
  now: Date,
  auditAction: string,
): Promise<string[]> {
  // Unchanged marks are left alone: a participant's own signature keeps its method and time.
  const changes = marks.filter((m) => !m.previous || !sameMark(m.previous, m));
  if (changes.length === 0) return [];
  const recorded = { method, signedAt: now, recordedById: viewer.id, recordedAt: now };
  const fresh = changes.filter((m) => !m.previous);
  let updates = changes.filter((m) => m.previous);
  if (fresh.length > 0) {
    const created = await tx.attendance.createMany({
      data: fresh.map((m) => ({
        registrationId: m.registrationId,
        slotId: slot.id,
        status: m.status,
        arrivedAt: m.arrivedAt,
        leftAt: m.leftAt,
        ...recorded,
      })),
      // A participant's own signature (which does not lock the slot) may have landed
      // since the read: it is then overwritten below, as a later mark would be.
      skipDuplicates: true,
    });
    if (created.count < fresh.length) updates = changes;
  }
  if (updates.length > 0) {
    const rows = updates.map(
      (m) =>
        Prisma.sql`(${m.registrationId}, CAST(${m.status} AS "AttendanceStatus"), ${timestamp(m.arrivedAt)}, ${timestamp(m.leftAt)})`,
    );
    await tx.$executeRaw`
      UPDATE "Attendance" AS a SET
        "status" = v."status",
        "arrivedAt" = v."arrivedAt",
        "leftAt" = v."leftAt",
        "method" = CAST(${method} AS "AttendanceMethod"),
        "signedAt" = ${timestamp(now)},
        "recordedById" = ${viewer.id},
        "recordedAt" = ${timestamp(now)}
      FROM (VALUES ${Prisma.join(rows)}) AS v("registrationId", "status", "arrivedAt", "leftAt")
      WHERE a."slotId" = ${slot.id} AND a."registrationId" = v."registrationId"`;
  }
  await writeAudit(
    tx,
    changes.map((mark) => ({
      actorUserId: viewer.id,
      organizationId: slot.session.organizationId,
      action: auditAction,
      entityType: "Registration",
      entityId: mark.registrationId,
      data: {
        slotId: slot.id,
        from: mark.previous?.status ?? null,
        to: mark.status,
        arrivedAt: mark.arrivedAt?.toISOString() ?? null,
        leftAt: mark.leftAt?.toISOString() ?? null,
      },
      at: now,
    })),
  );
  return changes.map((m) => m.registrationId);
}

function announceCertificates(sessionId: string, registrationIds: string[], now: Date) {
  // Presence recorded after the session may be what a certificate was waiting for.
  inBackground("attestations disponibles", () =>
    queueCertificateNotices({ sessionId, id: { in: registrationIds } }, now),
  );
}

/**
 * Checks the marks (prepareMarks) and writes them (writeMarks): the step that
 * recording a sheet and correcting a signed one share. The registrations
 * whose mark changed, or why none was written.
 */
async function applyMarks(
  tx: Tx,
  viewer: Viewer,
  slot: { id: string; sessionId: string; session: { organizationId: string } } & SlotTimes,
  marks: readonly MarkEntry[],
  write: { method: AttendanceMethod; now: Date; auditAction: string },
): Promise<SheetOutcome<string[]>> {
  const prepared = await prepareMarks(tx, slot, marks);
  if (!prepared?.ok) return prepared;
  const changed = await writeMarks(
    tx,
    viewer,
    slot,
    prepared.value,
    write.method,
    write.now,
    write.auditAction,
  );
  return { ok: true, value: changed };
}

const FROZEN =
  "La feuille d'émargement de cette séance est signée : elle ne se modifie plus que par une correction motivée.";

/**
 * Records marks on a sheet not yet signed. Says which marks changed and when,
 * so that the form shows their new evidence without the page being rendered again.
 */
export async function recordSlotMarks(
  viewer: Viewer,
  sessions: Prisma.TrainingSessionWhereInput,
  method: "TRAINER" | "ORGANIZATION",
  input: { slotId: string; marks: readonly MarkEntry[] },
  now: Date = new Date(),
): Promise<SheetOutcome<{ changed: string[]; recordedAt: Date }>> {
  const db = await getDb();
  const result = await db.$transaction(async (tx) => {
    const slot = await findSlot(tx, sessions, input.slotId);
    if (!slot) return null;
    if (slot.sheets.length > 0) return { ok: false as const, message: FROZEN };
    const applied = await applyMarks(tx, viewer, slot, input.marks, {
      method,
      now,
      auditAction: "attendance.recorded",
    });
    if (!applied?.ok) return applied;
    return { ok: true as const, value: { changed: applied.value, sessionId: slot.sessionId } };
  });
  if (result?.ok && result.value.changed.length > 0) {
    announceCertificates(
      result.value.sessionId,
      input.marks.map((m) => m.registrationId),
      now,
    );
  }
  return result?.ok
    ? { ok: true, value: { changed: result.value.changed, recordedAt: now } }
    : result;
}

/** The frozen copy of a sheet, as its version stores it. */
async function snapshot(tx: Tx, slotId: string, sessionId: string) {
  const rows = await tx.attendance.findMany({
    where: { slotId, registration: { sessionId, status: "CONFIRMED" } },
    select: {
      registrationId: true,
      status: true,
      method: true,
      signedAt: true,
      arrivedAt: true,
      leftAt: true,
    },
    orderBy: { registrationId: "asc" },
  });
  return rows.map((r) => ({
    registrationId: r.registrationId,
    status: r.status,
    method: r.method,
    signedAt: r.signedAt?.toISOString() ?? null,
    arrivedAt: r.arrivedAt?.toISOString() ?? null,
    leftAt: r.leftAt?.toISOString() ?? null,
  }));
}

/**
 * The trainer's countersignature ("Signer la feuille d'émargement"). For a
 * virtual class, a participant without a mark who joined during the slot is
 * recorded present from the join log (Code du travail D6353-4). Every
 * confirmed participant must then have a mark.
 */
export async function signSheet(
  viewer: Viewer,
  sessions: Prisma.TrainingSessionWhereInput,
  input: { slotId: string },
  now: Date = new Date(),
): Promise<SheetOutcome<{ version: number }>> {
  const db = await getDb();
  try {
    const result = await db.$transaction(async (tx) => {
      const slot = await findSlot(tx, sessions, input.slotId);
      if (!slot) return null;
      if (slot.sheets.length > 0) {
        return { ok: false as const, message: "Cette feuille d'émargement est déjà signée." };
      }
      if (!canCountersign(slot, now)) {
        return {
          ok: false as const,
          message: "La feuille d'émargement se signe une fois la séance commencée.",
        };
      }
      const confirmed = await tx.registration.findMany({
        where: { sessionId: slot.sessionId, status: "CONFIRMED" },
        select: {
          id: true,
          attendance: { where: { slotId: slot.id }, select: { id: true } },
          joins: {
            where: { slotId: slot.id, joinedAt: { gte: slot.startsAt, lte: slot.endsAt } },
            select: { joinedAt: true },
            orderBy: { joinedAt: "asc" },
            take: 1,
          },
        },
      });
      const fromJoinLog = confirmed.filter((r) => r.attendance.length === 0 && r.joins.length);
      if (fromJoinLog.length > 0) {
        await tx.attendance.createMany({
          data: fromJoinLog.map((r) => ({
            registrationId: r.id,
            slotId: slot.id,
            status: "PRESENT" as const,
            method: "JOIN_LOG" as const,
            signedAt: r.joins[0]!.joinedAt,
            recordedById: viewer.id,
            recordedAt: now,
          })),
        });
      }
      const unmarked = confirmed.filter(
        (r) => r.attendance.length === 0 && r.joins.length === 0,
      ).length;
      if (unmarked > 0) {
        // Thrown so that the join-log marks above are not kept either.
        throw new SheetRefusal(
          `Indiquez la présence de chaque participant avant de signer (${unmarked} sans statut).`,
        );
      }
      const marks = await snapshot(tx, slot.id, slot.sessionId);
      await tx.attendanceSheet.create({
        data: { slotId: slot.id, version: 1, signedById: viewer.id, signedAt: now, marks },
      });
      await writeAudit(tx, {
        actorUserId: viewer.id,
        organizationId: slot.session.organizationId,
        action: "attendance.sheet_signed",
        entityType: "SessionSlot",
        entityId: slot.id,
        data: { version: 1, participants: marks.length, fromJoinLog: fromJoinLog.length },
        at: now,
      });
      return {
        ok: true as const,
        value: { version: 1, sessionId: slot.sessionId, ids: fromJoinLog.map((r) => r.id) },
      };
    });
    if (result?.ok && result.value.ids.length) {
      announceCertificates(result.value.sessionId, result.value.ids, now);
    }
    return result?.ok ? { ok: true, value: { version: 1 } } : result;
  } catch (error) {
    if (error instanceof SheetRefusal) return { ok: false, message: error.message };
    // Two signatures at once: the second meets the first's version 1.
    if (isUniqueViolation(error)) {
      return { ok: false, message: "Cette feuille d'émargement est déjà signée." };
    }
    throw error;
  }
}

class SheetRefusal extends Error {}

/**
 * A correction of a signed sheet: the marks change, and a new version records
 * who corrected, when and why (the earlier versions stay as they were signed).
 */
export async function correctSheet(
  viewer: Viewer,
  sessions: Prisma.TrainingSessionWhereInput,
  method: "TRAINER" | "ORGANIZATION",
  input: { slotId: string; marks: readonly MarkEntry[]; reason: string },
  now: Date = new Date(),
): Promise<SheetOutcome<{ version: number; changed: number }>> {
  const db = await getDb();
  try {
    const result = await db.$transaction(async (tx) => {
      const slot = await findSlot(tx, sessions, input.slotId);
      if (!slot) return null;
      const last = slot.sheets[0]?.version ?? 0;
      if (last === 0) {
        return {
          ok: false as const,
          message: "Cette feuille n'est pas encore signée : enregistrez l'émargement directement.",
        };
      }
      const applied = await applyMarks(tx, viewer, slot, input.marks, {
        method,
        now,
        auditAction: "attendance.corrected",
      });
      if (!applied?.ok) return applied;
      const changed = applied.value.length;
      if (changed === 0) {
        return { ok: false as const, message: "Aucune présence ne change : rien n'a été corrigé." };
      }
      const version = last + 1;
      const marks = await snapshot(tx, slot.id, slot.sessionId);
      await tx.attendanceSheet.create({
        data: {
          slotId: slot.id,
          version,
          signedById: viewer.id,
          signedAt: now,
          reason: input.reason,
          marks,
        },
      });
      await writeAudit(tx, {
        actorUserId: viewer.id,
        organizationId: slot.session.organizationId,
        action: "attendance.sheet_corrected",
        entityType: "SessionSlot",
        entityId: slot.id,
        data: { version, reason: input.reason, changed },
        at: now,
      });
      return { ok: true as const, value: { version, changed, sessionId: slot.sessionId } };
    });
    if (result?.ok) {
      announceCertificates(
        result.value.sessionId,
        input.marks.map((m) => m.registrationId),
        now,
      );
      return { ok: true, value: { version: result.value.version, changed: result.value.changed } };
    }
    return result;
  } catch (error) {
    if (isUniqueViolation(error)) {
      return {
        ok: false,
        message: "La feuille vient d'être corrigée par ailleurs : rechargez la page.",
      };
    }
    throw error;
  }
}
