import type { Prisma } from "@/lib/db/generated/client";

/*
 * No "server-only": the mail and invitation helpers that write here are also
 * called from scripts and the seed.
 */

export type AuditEntry = {
  actorUserId: string | null;
  organizationId?: string | null;
  companyId?: string | null;
  /** "registration.confirmed", "attendance.recorded", "material.published", ... */
  action: string;
  entityType: string;
  entityId: string;
  data?: Prisma.InputJsonValue;
  at?: Date;
};

type AuditWriter = { auditLog: { createMany: Prisma.TransactionClient["auditLog"]["createMany"] } };

/**
 * Writes audit rows in the caller's transaction, so that a change and its
 * trace are stored together or not at all (who, when, what: issue 7).
 */
export async function writeAudit(db: AuditWriter, entries: AuditEntry | AuditEntry[]) {
  const list = Array.isArray(entries) ? entries : [entries];
  if (list.length === 0) return;
  await db.auditLog.createMany({
    data: list.map((e) => ({
      actorUserId: e.actorUserId,
      organizationId: e.organizationId ?? null,
      companyId: e.companyId ?? null,
      action: e.action,
      entityType: e.entityType,
      entityId: e.entityId,
      data: e.data,
      at: e.at,
    })),
  });
}
