import "server-only";
import type { Viewer } from "@/lib/auth/load-viewer";
import { parisDay } from "@/lib/dates/paris";
import { getDb } from "@/lib/db";
import { isRecordId } from "@/lib/db/record-id";
import type { InternshipDocumentKind } from "@/lib/db/generated/enums";
import type { Prisma } from "@/lib/db/generated/client";
import { readActivityHours, type ActivityHours } from "./activity-kinds";
import { getDossierFor, getMyDossier, type Dossier } from "./dossier";
import { documentLabel, type Obligation } from "./obligations";
import { documentScope, REACHED_CONTROLLER, supervisionOn } from "./scope";

export const documentSelect = {
  id: true,
  internshipId: true,
  kind: true,
  sequence: true,
  year: true,
  periodStart: true,
  periodEnd: true,
  state: true,
  draftBody: true,
  draftHours: true,
  draftFileName: true,
  draftFileType: true,
  draftFileSize: true,
  stateChangedAt: true,
  updatedAt: true,
  versions: {
    select: {
      id: true,
      version: true,
      body: true,
      hours: true,
      fileName: true,
      mimeType: true,
      sizeBytes: true,
      createdAt: true,
      createdBy: { select: { firstName: true, lastName: true } },
    },
    orderBy: { version: "desc" },
  },
  reviews: {
    select: {
      id: true,
      role: true,
      fromState: true,
      toState: true,
      comment: true,
      at: true,
      user: { select: { firstName: true, lastName: true } },
      version: { select: { version: true } },
    },
    orderBy: { at: "asc" },
  },
} satisfies Prisma.InternshipDocumentSelect;

export type DocumentRow = Prisma.InternshipDocumentGetPayload<{ select: typeof documentSelect }>;

export type DocumentVersionView = Omit<DocumentRow["versions"][number], "hours"> & {
  hours: ActivityHours | null;
};

export type DocumentView = Omit<DocumentRow, "draftHours" | "versions"> & {
  draftHours: ActivityHours;
  versions: DocumentVersionView[];
};

export type DocumentPage = {
  dossier: Dossier;
  obligation: Obligation;
  label: string;
  kind: InternshipDocumentKind;
  sequence: number;
  /** Null until the stagiaire first saves a draft. */
  document: DocumentView | null;
};

export function toView(row: DocumentRow): DocumentView {
  return {
    ...row,
    draftHours: readActivityHours(row.draftHours),
    versions: row.versions.map((v) => ({
      ...v,
      hours: v.hours ? readActivityHours(v.hours) : null,
    })),
  };
}

const OBLIGATION_KIND = {
  REPORT: "report",
  ACTIVITY_SHEET: "activity-sheet",
  TRAINING_SHEET: "training-sheet",
} as const;

/**
 * A report or a sheet of the stagiaire's own stage, by its number (or year):
 * null when the stage asks no such document.
 */
export async function getMyDocumentPage(
  viewer: Viewer,
  kind: keyof typeof OBLIGATION_KIND,
  sequence: number,
  now: Date = new Date(),
): Promise<DocumentPage | null> {
  const dossier = await getMyDossier(viewer, now);
  if (!dossier) return null;
  const obligation = dossier.obligations.find(
    (o) => o.key === `${OBLIGATION_KIND[kind]}-${sequence}`,
  );
  if (!obligation) return null;
  const db = await getDb();
  const row = await db.internshipDocument.findFirst({
    where: {
      AND: [
        documentScope(viewer, "stagiaire", parisDay(now)),
        { internshipId: dossier.id, kind, sequence },
      ],
    },
    select: documentSelect,
  });
  return {
    dossier,
    obligation,
    label: documentLabel(kind, sequence),
    kind,
    sequence,
    document: row ? toView(row) : null,
  };
}

/** A document of a stage the viewer supervises today: null otherwise. */
export async function getSupervisedDocumentPage(
  viewer: Viewer,
  documentId: string,
  now: Date = new Date(),
): Promise<
  (DocumentPage & { document: DocumentView; canReview: boolean; canCoReview: boolean }) | null
> {
  if (!isRecordId(documentId)) return null;
  const db = await getDb();
  const today = parisDay(now);
  const row = await db.internshipDocument.findFirst({
    where: { AND: [documentScope(viewer, "supervisor", today), { id: documentId }] },
    select: {
      ...documentSelect,
      internship: {
        select: {
          cacTrack: true,
          supervisions: {
            where: supervisionOn(viewer, today),
            select: { role: true, startDate: true },
          },
        },
      },
    },
  });
  if (!row) return null;
  const dossier = await getDossierFor(viewer, "supervisor", row.internshipId, now);
  if (!dossier) return null;
  const obligation = dossier.obligations.find((o) => o.documentId === row.id) ?? null;
  if (!obligation) return null;
  const { internship, ...document } = row;
  return {
    dossier,
    obligation,
    label: documentLabel(row.kind, row.sequence),
    kind: row.kind,
    sequence: row.sequence,
    document: toView(document),
    canReview: internship.supervisions.some(
      (s) => s.role === "MASTER" && s.startDate.getTime() <= row.periodEnd.getTime(),
    ),
    // The co-maître visas the CAC part of each version once.
    canCoReview:
      internship.cacTrack &&
      internship.supervisions.some(
        (s) => s.role === "CO_MASTER" && s.startDate.getTime() <= row.periodEnd.getTime(),
      ) &&
      (row.state === "SUBMITTED_TO_SUPERVISOR" || row.state === "ENDORSED") &&
      !row.reviews.some(
        (r) => r.role === "CO_MASTER" && r.version?.version === row.versions[0]?.version,
      ),
  };
}

/** The stagiaire's own document by id (PDF export): null when it is not theirs. */
export async function getMyDocumentPageById(
  viewer: Viewer,
  documentId: string,
  now: Date = new Date(),
): Promise<(DocumentPage & { document: DocumentView }) | null> {
  if (!isRecordId(documentId)) return null;
  const db = await getDb();
  const found = await db.internshipDocument.findFirst({
    where: { AND: [documentScope(viewer, "stagiaire", parisDay(now)), { id: documentId }] },
    select: { kind: true, sequence: true },
  });
  if (
    !found ||
    (found.kind !== "REPORT" && found.kind !== "ACTIVITY_SHEET" && found.kind !== "TRAINING_SHEET")
  ) {
    return null;
  }
  const page = await getMyDocumentPage(viewer, found.kind, found.sequence, now);
  return page?.document ? { ...page, document: page.document } : null;
}

/**
 * A transmitted file, for whoever may read its document (the stagiaire, the
 * maître for that period, the contrôleur once it reached him): null for anyone
 * else and for a version without file.
 */
export async function getVersionFile(
  viewer: Viewer,
  audience: "stagiaire" | "supervisor" | "controller",
  documentId: string,
  versionId: string,
  now: Date = new Date(),
) {
  if (!isRecordId(documentId) || !isRecordId(versionId)) return null;
  const db = await getDb();
  const version = await db.internshipDocumentVersion.findFirst({
    where: {
      id: versionId,
      storageKey: { not: null },
      document: {
        AND: [
          documentScope(viewer, audience, parisDay(now)),
          { id: documentId },
          audience === "controller" ? REACHED_CONTROLLER : {},
        ],
      },
    },
    select: { storageKey: true, fileName: true, mimeType: true, sizeBytes: true },
  });
  if (!version?.storageKey || !version.fileName || !version.mimeType) return null;
  return {
    storageKey: version.storageKey,
    fileName: version.fileName,
    mimeType: version.mimeType,
    sizeBytes: version.sizeBytes,
  };
}
