import "server-only";
import { staffActor, trainerActor } from "@/lib/scopes/actor";
import { materialScope } from "@/lib/scopes/materials";
import crypto from "node:crypto";
import type { Viewer } from "@/lib/auth/viewer";
import { writeAudit } from "@/lib/audit/log";
import { getDb } from "@/lib/db";
import { isRecordId } from "@/lib/db/record-id";
import type { MaterialPhase } from "@/lib/db/generated/enums";
import { getStorage } from "@/lib/storage";
import { trainerSessionWhere } from "@/lib/scopes/trainer";
import { staffSessionWhere } from "./access";
import { detectFileType, safeFileName, uploadRefusal } from "./file-type";
import { materialFieldsSelect } from "@/lib/sessions/session-select";

export type UploadedFile = { name: string; bytes: Uint8Array };

/**
 * Who manages a session's materials: its organization's staff, or a trainer
 * assigned to it (Espace formateur, "Supports"). The same rules and the same
 * audit for both; each reaches only its own sessions (null, then 404).
 */
export type MaterialEditor = "staff" | "trainer";
type MaterialOptions = { as?: MaterialEditor; now?: Date };

function editorSessions(viewer: Viewer, as: MaterialEditor, sessionId: string) {
  return as === "trainer"
    ? trainerSessionWhere(viewer, sessionId)
    : staffSessionWhere(viewer, sessionId);
}

function editorMaterials(viewer: Viewer, as: MaterialEditor) {
  return materialScope(as === "trainer" ? trainerActor(viewer) : staffActor(viewer));
}

export type PublishResult =
  { ok: true; materialId: string; version: number } | { ok: false; message: string };

type MaterialFields = {
  title: string;
  type: string;
  phase: MaterialPhase;
  availableForDays: number | null;
  /** yyyy-mm-dd, the last day (inclusive, Paris). */
  availableUntil: string | null;
};

/** End of the given day in Paris (23:59:59), as "Disponible jusqu'au" reads it. */
function endOfParisDay(isoDate: string): Date {
  const noonUtc = new Date(`${isoDate}T12:00:00Z`);
  const offset =
    new Date(noonUtc.toLocaleString("en-US", { timeZone: "Europe/Paris" })).getTime() -
    new Date(noonUtc.toLocaleString("en-US", { timeZone: "UTC" })).getTime();
  return new Date(new Date(`${isoDate}T23:59:59Z`).getTime() - offset);
}

/**
 * Stores the file (after checking its size and its type from its content:
 * nothing is stored for a refused file), then the version row; a failed
 * database write removes the stored file again.
 */
async function storeVersion(
  sessionId: string,
  file: UploadedFile,
  write: (stored: {
    storageKey: string;
    fileName: string;
    mimeType: string;
    sizeBytes: number;
  }) => Promise<PublishResult>,
): Promise<PublishResult> {
  const refusal = uploadRefusal(file.bytes);
  if (refusal) return { ok: false, message: refusal };
  const type = detectFileType(file.bytes)!;
  const storageKey = `materials/${sessionId}/${crypto.randomUUID()}.${type.extension}`;
  const storage = getStorage();
  await storage.put(storageKey, file.bytes, type.mimeType);
  try {
    return await write({
      storageKey,
      fileName: safeFileName(file.name, type),
      mimeType: type.mimeType,
      sizeBytes: file.bytes.length,
    });
  } catch (error) {
    await storage.delete(storageKey).catch(() => {});
    throw error;
  }
}

/** Publishes a new training material (version 1). Null when the session is not the viewer's. */
export async function publishMaterial(
  viewer: Viewer,
  input: { sessionId: string } & MaterialFields,
  file: UploadedFile,
  { as = "staff", now = new Date() }: MaterialOptions = {},
): Promise<PublishResult | null> {
  const where = editorSessions(viewer, as, input.sessionId);
  if (!where) return null;
  const db = await getDb();
  const session = await db.trainingSession.findFirst({
    where,
    select: { id: true, organizationId: true },
  });
  if (!session) return null;
  return storeVersion(session.id, file, (stored) =>
    db.$transaction(async (tx) => {
      const material = await tx.trainingMaterial.create({
        data: {
          sessionId: session.id,
          title: input.title,
          type: input.type,
          phase: input.phase,
          availableForDays: input.availableForDays,
          availableUntil: input.availableUntil ? endOfParisDay(input.availableUntil) : null,
          createdAt: now,
          versions: { create: { version: 1, ...stored, createdAt: now } },
        },
        select: { id: true },
      });
      await writeAudit(tx, {
        actorUserId: viewer.id,
        organizationId: session.organizationId,
        action: "material.published",
        entityType: "TrainingMaterial",
        entityId: material.id,
        data: {
          title: input.title,
          version: 1,
          fileName: stored.fileName,
          sizeBytes: stored.sizeBytes,
          by: as,
        },
        at: now,
      });
      return { ok: true as const, materialId: material.id, version: 1 };
    }),
  );
}

/** A new version replaces the previous one for participants (guide rule 12). */
export async function addMaterialVersion(
  viewer: Viewer,
  input: { sessionId: string; materialId: string },
  file: UploadedFile,
  { as = "staff", now = new Date() }: MaterialOptions = {},
): Promise<PublishResult | null> {
  const materials = editorMaterials(viewer, as);
  if (!materials || !isRecordId(input.sessionId) || !isRecordId(input.materialId)) return null;
  const db = await getDb();
  const material = await db.trainingMaterial.findFirst({
    where: { AND: [materials, { id: input.materialId, sessionId: input.sessionId }] },
    select: { id: true, sessionId: true, session: { select: { organizationId: true } } },
  });
  if (!material) return null;
  return storeVersion(material.sessionId, file, (stored) =>
    db.$transaction(async (tx) => {
      const last = await tx.trainingMaterialVersion.findFirst({
        where: { materialId: material.id },
        orderBy: { version: "desc" },
        select: { version: true },
      });
      const version = (last?.version ?? 0) + 1;
      await tx.trainingMaterialVersion.create({
        data: { materialId: material.id, version, ...stored, createdAt: now },
      });
      await writeAudit(tx, {
        actorUserId: viewer.id,
        organizationId: material.session.organizationId,
        action: "material.version_published",
        entityType: "TrainingMaterial",
        entityId: material.id,
        data: { version, fileName: stored.fileName, sizeBytes: stored.sizeBytes, by: as },
        at: now,
      });
      return { ok: true as const, materialId: material.id, version };
    }),
  );
}

export type StaffMaterial = {
  id: string;
  title: string;
  type: string;
  phase: MaterialPhase;
  availableForDays: number | null;
  availableUntil: Date | null;
  version: number;
  updatedAt: Date;
  fileName: string;
  sizeBytes: number;
};

/** The session's materials with their current version; null when not the viewer's session. */
export async function listStaffMaterials(
  viewer: Viewer,
  sessionId: string,
  as: MaterialEditor = "staff",
): Promise<StaffMaterial[] | null> {
  const where = editorSessions(viewer, as, sessionId);
  if (!where) return null;
  const session = await (
    await getDb()
  ).trainingSession.findFirst({
    where,
    select: {
      materials: {
        select: {
          ...materialFieldsSelect,
          versions: {
            orderBy: { version: "desc" },
            take: 1,
            select: { version: true, createdAt: true, fileName: true, sizeBytes: true },
          },
        },
        orderBy: { createdAt: "asc" },
      },
    },
  });
  if (!session) return null;
  return session.materials.flatMap((m) => {
    const v = m.versions[0];
    if (!v) return [];
    return [
      {
        id: m.id,
        title: m.title,
        type: m.type,
        phase: m.phase,
        availableForDays: m.availableForDays,
        availableUntil: m.availableUntil,
        version: v.version,
        updatedAt: v.createdAt,
        fileName: v.fileName,
        sizeBytes: v.sizeBytes,
      },
    ];
  });
}

/** The current file of a material, for its organization's staff (or its session's trainers) only. */
export async function getStaffMaterialFile(
  viewer: Viewer,
  sessionId: string,
  materialId: string,
  as: MaterialEditor = "staff",
) {
  const materials = editorMaterials(viewer, as);
  if (!materials || !isRecordId(sessionId) || !isRecordId(materialId)) return null;
  return (await getDb()).trainingMaterialVersion.findFirst({
    where: { material: { AND: [materials, { id: materialId, sessionId }] } },
    orderBy: { version: "desc" },
    select: { storageKey: true, fileName: true, mimeType: true, sizeBytes: true },
  });
}
