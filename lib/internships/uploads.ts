import "server-only";
import crypto from "node:crypto";
import type { Viewer } from "@/lib/auth/load-viewer";
import { getDb } from "@/lib/db";
import { detectFileType, safeFileName } from "@/lib/organizations/file-type";
import { getStorage } from "@/lib/storage";
import { getMyDossier } from "./dossier";
import { EDITABLE_STATES, STATE_LABELS } from "./state-machine";

/**
 * A report (or an annual activity sheet, signed) uploaded instead of written
 * in the page: PDF or Word only, read
 * from the file's first bytes (never its name), 10 MB at most. It waits on
 * the draft until the stagiaire transmits it, which makes it a version.
 */
export const MAX_REPORT_FILE_BYTES = 10 * 1024 * 1024;
const ACCEPTED = new Set([
  "application/pdf",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
]);

export function reportFileRefusal(bytes: Uint8Array): string | null {
  if (bytes.length === 0) return "Choisissez un fichier.";
  if (bytes.length > MAX_REPORT_FILE_BYTES)
    return "Le fichier dépasse la taille maximale de 10 Mo.";
  const type = detectFileType(bytes);
  if (!type || !ACCEPTED.has(type.mimeType)) {
    return "Type de fichier non accepté : PDF ou Word (.docx) uniquement (le contenu du fichier est vérifié, pas son nom).";
  }
  return null;
}

export type UploadResult = { ok: true; fileName: string } | { ok: false; message: string };

export async function attachReportFile(
  viewer: Viewer,
  input: { kind: "REPORT" | "ACTIVITY_SHEET"; sequence: number },
  file: { name: string; bytes: Uint8Array },
  now: Date = new Date(),
): Promise<UploadResult | null> {
  const dossier = await getMyDossier(viewer, now);
  if (!dossier) return null;
  const found =
    input.kind === "REPORT"
      ? dossier.calendar.reports.find((r) => r.number === input.sequence)
      : dossier.calendar.yearPeriods[input.sequence - 1] && {
          year: input.sequence,
          period: dossier.calendar.yearPeriods[input.sequence - 1]!,
        };
  if (!found) return null;
  const refusal = reportFileRefusal(file.bytes);
  if (refusal) return { ok: false, message: refusal };
  const type = detectFileType(file.bytes)!;
  const storageKey = `internships/${dossier.id}/${crypto.randomUUID()}.${type.extension}`;
  const fileName = safeFileName(file.name, type);
  const storage = getStorage();
  await storage.put(storageKey, file.bytes, type.mimeType);
  const db = await getDb();
  try {
    const outcome = await db.$transaction(async (tx) => {
      const document = await tx.internshipDocument.upsert({
        where: {
          internshipId_kind_sequence: {
            internshipId: dossier.id,
            kind: input.kind,
            sequence: input.sequence,
          },
        },
        create: {
          internshipId: dossier.id,
          kind: input.kind,
          sequence: input.sequence,
          year: found.year,
          periodStart: found.period.start,
          periodEnd: found.period.end,
          stateChangedAt: now,
          createdAt: now,
        },
        update: {},
        select: { id: true, state: true, draftFileKey: true },
      });
      if (!EDITABLE_STATES.includes(document.state)) {
        return {
          ok: false as const,
          message: `Ce document est « ${STATE_LABELS[document.state]} » : il ne peut plus être modifié.`,
        };
      }
      const changed = await tx.internshipDocument.updateMany({
        where: { id: document.id, state: document.state },
        data: {
          draftFileKey: storageKey,
          draftFileName: fileName,
          draftFileType: type.mimeType,
          draftFileSize: file.bytes.length,
        },
      });
      if (changed.count !== 1) {
        return { ok: false as const, message: "Ce document vient de changer : rechargez la page." };
      }
      return { ok: true as const, fileName, replaced: document.draftFileKey };
    });
    if (!outcome.ok) {
      await storage.delete(storageKey).catch(() => {});
      return outcome;
    }
    if (outcome.replaced) await storage.delete(outcome.replaced).catch(() => {});
    return { ok: true, fileName: outcome.fileName };
  } catch (error) {
    await storage.delete(storageKey).catch(() => {});
    throw error;
  }
}
