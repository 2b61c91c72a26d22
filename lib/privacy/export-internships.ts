import "server-only";
import { getDb } from "@/lib/db";

/**
 * The stage d'expertise comptable in the personal data export: the person's
 * own stage (as stagiaire) with its documents, versions and visa trail, and
 * what they wrote or decided on others' stages (as maître or contrôleur).
 * One query per table, each bounded by the person.
 */
export async function internshipExportSections(userId: string, participantId: string) {
  const db = await getDb();
  const ownStage = { internship: { participantId } };
  const [internships, supervisions, controls, suspensions, documents, versions, reviews] =
    await Promise.all([
      db.internship.findMany({
        where: { participantId },
        select: {
          id: true,
          councilId: true,
          council: { select: { name: true } },
          variant: true,
          startDate: true,
          cacTrack: true,
          status: true,
          createdAt: true,
        },
      }),
      db.internshipSupervision.findMany({
        where: { OR: [{ userId }, ownStage] },
        select: {
          id: true,
          internshipId: true,
          userId: true,
          role: true,
          firmName: true,
          startDate: true,
          endDate: true,
        },
      }),
      db.internshipControl.findMany({
        where: { OR: [{ userId }, ownStage] },
        select: {
          id: true,
          internshipId: true,
          userId: true,
          role: true,
          startDate: true,
          endDate: true,
        },
      }),
      db.internshipSuspension.findMany({
        where: ownStage,
        select: { id: true, internshipId: true, startDate: true, endDate: true, reason: true },
      }),
      db.internshipDocument.findMany({
        where: ownStage,
        select: {
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
          stateChangedAt: true,
          createdAt: true,
        },
      }),
      db.internshipDocumentVersion.findMany({
        where: { OR: [{ createdById: userId }, { document: ownStage }] },
        select: {
          id: true,
          documentId: true,
          version: true,
          body: true,
          hours: true,
          fileName: true,
          mimeType: true,
          sizeBytes: true,
          createdById: true,
          createdAt: true,
        },
      }),
      db.documentReview.findMany({
        where: { OR: [{ userId }, { document: ownStage }] },
        select: {
          id: true,
          documentId: true,
          versionId: true,
          userId: true,
          role: true,
          fromState: true,
          toState: true,
          comment: true,
          at: true,
        },
        orderBy: { at: "asc" },
      }),
    ]);
  return {
    Internship: internships.map(({ council, ...i }) => ({ ...i, councilName: council.name })),
    InternshipSupervision: supervisions,
    InternshipControl: controls,
    InternshipSuspension: suspensions,
    InternshipDocument: documents,
    InternshipDocumentVersion: versions,
    DocumentReview: reviews,
  };
}
