import "server-only";
import { lockSlotSheet } from "@/lib/attendance/sheet";
import { queueCertificateNotices } from "@/lib/certificates/notice";
import { isRecordId } from "@/lib/db/record-id";
import { inBackground } from "@/lib/mail/queue";
import type { Viewer } from "@/lib/auth/viewer";
import { writeAudit } from "@/lib/audit/log";
import { getDb } from "@/lib/db";
import type { AttendanceStatus, CertificateRule } from "@/lib/db/generated/enums";
import { staffSessionWhere } from "./access";

/**
 * Émargement: the presence of each confirmed participant at one sitting
 * (Code du travail D6353-4: attendance records prove the training). Marks
 * are upserted, so correcting a mark is recording it again; each change is
 * audited with its previous value. Null (then 404) when the slot or any
 * registration is not the viewer's session's.
 */
export async function recordAttendance(
  viewer: Viewer,
  input: {
    sessionId: string;
    slotId: string;
    marks: { registrationId: string; status: AttendanceStatus }[];
  },
  now: Date = new Date(),
): Promise<{ changed: number } | { refused: string } | null> {
  const session = staffSessionWhere(viewer, input.sessionId);
  if (!session) return null;
  const db = await getDb();
  const result = await db.$transaction(
    async (tx): Promise<{ changed: number } | { refused: string } | null> => {
      // Taken first: a signature committed while this waited is then seen below.
      if (!isRecordId(input.slotId)) return null;
      await lockSlotSheet(tx, input.slotId);
      const slot = await tx.sessionSlot.findFirst({
        where: { id: input.slotId, session },
        select: {
          id: true,
          sessionId: true,
          session: { select: { organizationId: true } },
          sheets: { select: { id: true }, take: 1 },
        },
      });
      if (!slot) return null;
      // The trainer's countersignature froze the sheet (lib/attendance/sheet).
      if (slot.sheets.length > 0) {
        return {
          refused:
            "La feuille d'émargement de cette séance est signée par le formateur : elle ne se modifie plus que par une correction motivée.",
        };
      }
      const ids = [...new Set(input.marks.map((m) => m.registrationId))];
      const registrations = await tx.registration.findMany({
        where: { id: { in: ids }, sessionId: slot.sessionId },
        select: {
          id: true,
          status: true,
          attendance: { where: { slotId: slot.id }, select: { status: true } },
        },
      });
      if (registrations.length !== ids.length) return null;
      const byId = new Map(registrations.map((r) => [r.id, r]));
      let changed = 0;
      for (const mark of input.marks) {
        const registration = byId.get(mark.registrationId)!;
        // Only confirmed participants sign the attendance sheet.
        if (registration.status !== "CONFIRMED") continue;
        const previous = registration.attendance[0]?.status ?? null;
        if (previous === mark.status) continue;
        await tx.attendance.upsert({
          where: {
            registrationId_slotId: { registrationId: mark.registrationId, slotId: slot.id },
          },
          create: {
            registrationId: mark.registrationId,
            slotId: slot.id,
            status: mark.status,
            method: "ORGANIZATION",
            signedAt: now,
            recordedById: viewer.id,
            recordedAt: now,
          },
          update: {
            status: mark.status,
            method: "ORGANIZATION",
            signedAt: now,
            arrivedAt: null,
            leftAt: null,
            recordedById: viewer.id,
            recordedAt: now,
          },
        });
        await writeAudit(tx, {
          actorUserId: viewer.id,
          organizationId: slot.session.organizationId,
          action: "attendance.recorded",
          entityType: "Registration",
          entityId: mark.registrationId,
          data: { slotId: slot.id, from: previous, to: mark.status },
          at: now,
        });
        changed++;
      }
      return { changed };
    },
  );
  // Presence recorded after the session may be what a certificate was waiting for.
  if (result && "changed" in result && result.changed > 0) {
    const ids = input.marks.map((m) => m.registrationId);
    inBackground("attestations disponibles", () =>
      queueCertificateNotices({ sessionId: input.sessionId, id: { in: ids } }, now),
    );
  }
  return result;
}

/** The session's certificate rule (guide rule 11). Null when not the viewer's session. */
export async function updateCertificateRule(
  viewer: Viewer,
  input: {
    sessionId: string;
    rule: CertificateRule;
    minAttendancePercent: number;
    passPercent: number;
  },
  now: Date = new Date(),
): Promise<true | null> {
  const where = staffSessionWhere(viewer, input.sessionId);
  if (!where) return null;
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const before = await tx.trainingSession.findFirst({
      where,
      select: {
        id: true,
        organizationId: true,
        certificateRule: true,
        certificateMinAttendancePercent: true,
        validationPassPercent: true,
      },
    });
    if (!before) return null;
    await tx.trainingSession.update({
      where: { id: before.id },
      data: {
        certificateRule: input.rule,
        certificateMinAttendancePercent: input.minAttendancePercent,
        validationPassPercent: input.passPercent,
      },
    });
    await writeAudit(tx, {
      actorUserId: viewer.id,
      organizationId: before.organizationId,
      action: "session.certificate_rule_changed",
      entityType: "TrainingSession",
      entityId: before.id,
      data: {
        from: {
          rule: before.certificateRule,
          minAttendancePercent: before.certificateMinAttendancePercent,
          passPercent: before.validationPassPercent,
        },
        to: input,
      },
      at: now,
    });
    return true as const;
  });
}
